"""`python -m newsclean ...` runs the `newsclean` command."""

from newsclean.cli import main

raise SystemExit(main())
