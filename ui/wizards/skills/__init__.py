"""Mes compétences: find ESCO skills (search, transversal ones, from a job), then level and evidence."""
