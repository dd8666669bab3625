from logbook.cli import main

raise SystemExit(main())
