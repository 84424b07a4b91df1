# Tests of core/drill.
