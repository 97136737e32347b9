"""Readers and writers at the edge of a run: where inputs come from and documents go."""
