"""Mon projet: a target, the gap between its skills and mine, and a plan with dates and funding."""
