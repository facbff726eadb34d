(function () {
  "use strict";
  // Filters, hover, and keyboard navigation for the report. Text from the list reaches the page
  // only through textContent: nothing here parses markup.
  document.querySelector("main").classList.remove("pending");  // parsed: lay it out once
  var items = Array.prototype.slice.call(document.querySelectorAll("#panel li.finding"));
  var spans = Array.prototype.slice.call(document.querySelectorAll("#text .u"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[data-kind]"));
  var tip = document.getElementById("tip");
  var panel = document.getElementById("panel");
  var shownLabel = document.getElementById("shown");
  var RANK = { info: 1, warning: 2, error: 3 };
  var visible = items.map(function () { return true; });
  var rank = items.map(function (li) { return RANK[li.getAttribute("data-sev")] || 1; });
  var spansOf = items.map(function () { return []; });
  var spanIndex = new Map();
  var idsOf = spans.map(function (span, j) {
    spanIndex.set(span, j);
    var ids = span.getAttribute("data-f").split(" ").map(Number);
    ids.forEach(function (i) { if (spansOf[i]) { spansOf[i].push(j); } });
    return ids;
  });
  var current = -1;
  // findings sharing a registry record: the record's table sits in the first of them shown
  var records = new Map();
  items.forEach(function (li, i) {
    var k = li.getAttribute("data-rec");
    if (k === null) { return; }
    if (!records.has(k)) {
      records.set(k, { table: document.getElementById("rec-" + k), members: [] });
    }
    records.get(k).members.push(i);
  });
  var seeOf = items.map(function (li) { return li.querySelector(".see-record"); });

  function placeRecords() {
    records.forEach(function (group) {
      var holder = -1;
      group.members.some(function (i) { if (visible[i]) { holder = i; } return visible[i]; });
      if (holder < 0 || !group.table || group.table.parentNode === items[holder]) { return; }
      items[holder].appendChild(group.table);
      group.members.forEach(function (i) { if (seeOf[i]) { seeOf[i].hidden = i === holder; } });
    });
  }

  function apply() {
    var on = { sev: {}, cat: {}, rule: {} };
    boxes.forEach(function (box) { on[box.getAttribute("data-kind")][box.value] = box.checked; });
    var shown = 0;
    items.forEach(function (li, i) {
      var show = on.sev[li.getAttribute("data-sev")] !== false &&
        on.cat[li.getAttribute("data-cat")] !== false &&
        on.rule[li.getAttribute("data-rule")] !== false;
      visible[i] = show;
      if (li.hidden === show) { li.hidden = !show; }
      if (show) { shown += 1; }
    });
    spans.forEach(function (span, j) {
      var worst = 0;
      idsOf[j].forEach(function (i) { if (visible[i] && rank[i] > worst) { worst = rank[i]; } });
      var off = worst === 0;
      if (span.classList.contains("off") !== off) { span.classList.toggle("off", off); }
      if (!off && span.getAttribute("data-s") !== String(worst)) {
        span.setAttribute("data-s", String(worst));
      }
    });
    placeRecords();
    if (shownLabel) {
      shownLabel.textContent = shown + " of " + items.length + " findings shown";
    }
    if (current >= 0 && !visible[current]) { select(-1); }
  }

  function mark(i, name, on) {
    if (i < 0 || !items[i]) { return; }
    items[i].classList.toggle(name, on);
    spansOf[i].forEach(function (j) { spans[j].classList.toggle(name, on); });
  }

  function showInPanel(li) {
    // scroll the panel (not the page) until the item's top is in the part of it on screen
    var area = panel.getBoundingClientRect();
    var top = Math.max(area.top, 0);
    var bottom = Math.min(area.bottom, window.innerHeight);
    var box = li.getBoundingClientRect();
    if (box.top < top || box.top > bottom - Math.min(box.height, (bottom - top) / 2)) {
      panel.scrollTop += box.top - top - 12;
    }
  }

  var tipAt = null;  // the underline the tooltip stands by

  function showTip(span, ids) {
    tipAt = span;
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    ids.forEach(function (i) {
      var line = document.createElement("p");
      var code = document.createElement("code");
      code.textContent = items[i].getAttribute("data-rule");
      line.appendChild(code);
      line.appendChild(document.createTextNode(items[i].querySelector(".msg").textContent));
      tip.appendChild(line);
    });
    tip.hidden = false;
    placeTip();
  }

  function placeTip() {
    var box = tipAt.getBoundingClientRect();
    var left = Math.min(box.left, window.innerWidth - tip.offsetWidth - 8);
    var top = box.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) { top = box.top - tip.offsetHeight - 6; }
    tip.style.left = Math.max(left, 4) + "px";
    tip.style.top = Math.max(top, 4) + "px";
  }

  function hideTip() { tip.hidden = true; tipAt = null; }

  var hovered = [];
  function unhover() {
    hovered.forEach(function (i) { mark(i, "hover", false); });
    hovered = [];
    hideTip();
  }

  document.getElementById("text").addEventListener("mouseover", function (event) {
    var span = event.target.closest ? event.target.closest(".u") : null;
    if (!span) { unhover(); return; }
    var ids = idsOf[spanIndex.get(span)].filter(function (i) { return visible[i]; });
    unhover();
    if (!ids.length) { return; }
    hovered = ids;
    ids.forEach(function (i) { mark(i, "hover", true); });
    showInPanel(items[ids[0]]);
    showTip(span, ids);
  });
  document.getElementById("text").addEventListener("mouseleave", unhover);

  function select(i) {
    mark(current, "current", false);
    current = i;
    if (i < 0) { hideTip(); return; }
    mark(i, "current", true);
    var first = spansOf[i].length ? spans[spansOf[i][0]] : null;
    if (first) {
      first.scrollIntoView({ block: "center" });
      showTip(first, [i]);
    } else {
      hideTip();
    }
    showInPanel(items[i]);
  }

  function step(by) {
    var n = items.length;
    if (!n) { return; }
    var i = current;
    for (var tried = 0; tried < n; tried += 1) {
      i = i < 0 ? (by > 0 ? 0 : n - 1) : (i + by + n) % n;
      if (visible[i]) { select(i); return; }
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var key = event.key;
    if (key === "j" || key === "n") { step(1); event.preventDefault(); }
    else if (key === "k" || key === "p") { step(-1); event.preventDefault(); }
    else if (key === "Escape") { select(-1); }
  });

  document.getElementById("text").addEventListener("click", function (event) {
    var span = event.target.closest ? event.target.closest(".u") : null;
    if (!span) { return; }
    var ids = idsOf[spanIndex.get(span)].filter(function (i) { return visible[i]; });
    if (ids.length) { select(ids[0]); }
  });

  panel.addEventListener("click", function (event) {
    var go = event.target.closest ? event.target.closest("a.go") : null;
    if (!go) { return; }
    var li = go.closest("li.finding");
    var i = items.indexOf(li);
    if (i >= 0 && spansOf[i].length) { event.preventDefault(); select(i); }
  });

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  var all = document.getElementById("show-all");
  if (all) {
    all.addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = true; });
      apply();
    });
  }
  window.addEventListener("scroll", function () {
    // the tooltip follows a finding chosen with the keys; a hovered one's goes when scrolled away
    if (tipAt && current >= 0 && spansOf[current].indexOf(spanIndex.get(tipAt)) >= 0) {
      placeTip();
    } else if (!tip.hidden) {
      hideTip();
    }
  }, { passive: true });
  apply();
})();
