# Tests of ui/shell.
