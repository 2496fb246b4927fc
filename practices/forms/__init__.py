"""Forms of the practice modules, one module per practice module."""
