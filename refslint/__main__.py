from refslint.cli import main

raise SystemExit(main())
