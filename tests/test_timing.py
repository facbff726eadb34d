"""The shared linear-time assertion: it passes linear work, fails quadratic work at every shape
the suite uses (input size factor and bound), and survives one stalled measurement."""

from __future__ import annotations

import time
from functools import partial

import pytest

from tests.timing import assert_linear, best_pair, cpu_time

# (small n, large n, bound) as the suite's ratio tests use them: twice the input under 3x, four
# times under 8x, ten times under 15x
SHAPES = [(2, 3.0), (4, 8.0), (10, 15.0)]


def linear(n: int) -> int:
    total = 0
    for k in range(n * 200):
        total += k & 7
    return total


def quadratic(n: int) -> int:
    total = 0
    for i in range(n):
        for k in range(n):
            total += (i ^ k) & 7
    return total


@pytest.mark.parametrize(("factor", "bound"), SHAPES)
def test_linear_work_passes(factor, bound):
    pair = assert_linear(partial(linear, 40), partial(linear, 40 * factor), bound=bound)
    assert pair.ratio < bound


@pytest.mark.parametrize(("factor", "bound"), SHAPES)
def test_quadratic_work_fails_every_attempt(factor, bound):
    small = 200 // factor
    with pytest.raises(AssertionError, match=r"in each of 3 attempts") as failed:
        assert_linear(partial(quadratic, small), partial(quadratic, small * factor), bound=bound)
    assert str(failed.value).count("ms, then") == 3  # all three attempts were measured


def test_quadratic_work_over_the_fast_enough_time_still_fails():
    with pytest.raises(AssertionError):
        assert_linear(partial(quadratic, 100), partial(quadratic, 400), bound=8, fast_enough=0.001)


def test_work_under_the_fast_enough_time_passes_whatever_its_ratio():
    assert_linear(partial(quadratic, 2), partial(quadratic, 20), bound=8, fast_enough=1.0)


def test_one_stalled_attempt_is_measured_again():
    """The large run is slow throughout the first attempt only, as if the machine had stalled."""
    calls = []

    def large() -> None:
        calls.append(1)
        linear(200 * (10 if len(calls) <= 3 else 1))

    pair = assert_linear(partial(linear, 100), large, bound=3, warm_up=False)
    assert len(calls) == 6 and pair.ratio < 3


def test_waiting_is_not_counted_as_work():
    """Time the process spends off the CPU (here asleep) is no part of what is measured."""
    took = cpu_time(lambda: time.sleep(0.2))
    assert took < 0.05


def test_the_best_run_of_each_side_is_kept():
    times = iter([5, 1, 3])

    def varying() -> None:
        linear(next(times))

    pair = best_pair(partial(linear, 1), varying, runs=3)
    assert pair.large < cpu_time(partial(linear, 4))
