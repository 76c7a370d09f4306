-- The form members fill in (cacd's own, under public_url).
--
-- Each answer category gets its own label in each language: the
-- checklist's own four came as one bilingual string ("nee / no"), and the
-- five-point scale had none. Labels are {"nl": {value: label}, "en": {...}}.
UPDATE answer_scales
   SET labels = '{"nl": {"1": "nee", "2": "eerder niet", "3": "eerder wel", "4": "ja"},
                  "en": {"1": "no", "2": "rather not", "3": "rather yes", "4": "yes"}}'
 WHERE key = 'agree4';
UPDATE answer_scales
   SET labels = '{"nl": {"1": "helemaal mee oneens", "2": "mee oneens", "3": "neutraal",
                         "4": "mee eens", "5": "helemaal mee eens"},
                  "en": {"1": "strongly disagree", "2": "disagree",
                         "3": "neither agree nor disagree", "4": "agree",
                         "5": "strongly agree"}}'
 WHERE key = 'likert5';
UPDATE answer_scales
   SET labels = '{"nl": {"0": "helemaal niet", "100": "helemaal"},
                  "en": {"0": "not at all", "100": "completely"}}'
 WHERE key = 'percent';

-- The scale a wave's form asks on: the checklist's own four categories
-- unless the wave says otherwise.
ALTER TABLE waves ADD COLUMN form_scale text NOT NULL DEFAULT 'agree4' REFERENCES answer_scales;

-- Whom members ask when a link does not work: shown on the form's pages
-- ("Fatima, 06-12345678"), set by an admin or coordinator.
ALTER TABLE partnerships ADD COLUMN contact text CHECK (length(contact) <= 300);
