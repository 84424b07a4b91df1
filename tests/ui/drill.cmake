# Tests of ui/drill.
