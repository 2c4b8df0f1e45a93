from municipaless.cli import main

raise SystemExit(main())
