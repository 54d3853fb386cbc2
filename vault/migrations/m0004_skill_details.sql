-- Version 4: a skill says when it was last used, and a language its CEFR level (A1 to C2).
ALTER TABLE skill ADD COLUMN last_used TEXT NOT NULL DEFAULT '';
ALTER TABLE skill ADD COLUMN cefr TEXT NOT NULL DEFAULT '';
