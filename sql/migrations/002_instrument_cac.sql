-- Seeds the Coordinated Action Checklist from shared/cac-instrument.json,
-- kept here verbatim so the migration carries its own data.
CREATE TEMPORARY TABLE instrument_source ON COMMIT DROP AS SELECT $instrument$
{
 "key": "cac",
 "title": {
  "en": "Coordinated Action Checklist",
  "nl": "Checklist Gecoördineerde Actie"
 },
 "source": "Wagemakers A, Koelen MA, Lezwijn J, Vaandrager L. Coordinated action checklist: a tool for partnerships to facilitate and evaluate community health promotion. Global Health Promotion 2010;17(3):17-28. Item wording as printed in van Lammeren R, Schalk J, van der Pas S, Bussemaker J. Int J Environ Res Public Health 2025;22(6):954, Appendix A. Dutch wording of items 1-21 as on a Dutch project-group sheet of the checklist (the end of item 21 completed); items 22-26 in Dutch are translations of the English wording.",
 "scale": {
  "min": 0,
  "max": 100
 },
 "dimensions": [
  {
   "key": "general",
   "name": {
    "en": "General",
    "nl": "Algemeen"
   },
   "items": [
    {
     "number": 1,
     "text": {
      "en": "The collaboration is an asset to health promotion (including welfare)",
      "nl": "Het netwerk is een aanwinst voor gezondheidsbevordering."
     }
    }
   ]
  },
  {
   "key": "suitability",
   "name": {
    "en": "Suitability of the partners",
    "nl": "Geschiktheid van de partners"
   },
   "items": [
    {
     "number": 2,
     "text": {
      "en": "To realize the goals of the collaboration, the right people are involved",
      "nl": "Om het doel van het netwerk te bereiken zijn de juiste mensen in het netwerk vertegenwoordigd."
     }
    },
    {
     "number": 3,
     "text": {
      "en": "Equity of the partners is essential for good collaboration",
      "nl": "Goede samenwerking in het netwerk staat of valt met de gelijkwaardigheid van de partners."
     }
    },
    {
     "number": 4,
     "text": {
      "en": "The contribution of the different members is to everyone's full satisfaction",
      "nl": "De inbreng van de verschillende betrokkenen is naar volle tevredenheid."
     }
    },
    {
     "number": 5,
     "text": {
      "en": "I have a special interest in participating in this collaboration because of my position or organization",
      "nl": "Ik heb er vanuit mijn functie/organisatie direct belang bij betrokken te zijn/te werken binnen het netwerk."
     }
    },
    {
     "number": 6,
     "text": {
      "en": "I can contribute to the collaboration in a satisfactory way (time, resources, etc.)",
      "nl": "Ik ben in staat mij voldoende in te zetten (tijd, middelen) voor het netwerk."
     }
    },
    {
     "number": 7,
     "text": {
      "en": "I feel strongly involved in this partnership",
      "nl": "Ik voel mij betrokken bij het netwerk."
     }
    },
    {
     "number": 8,
     "text": {
      "en": "I can contribute constructively to the collaboration because of my expertise",
      "nl": "Ik kan een deskundige bijdrage leveren aan het netwerk."
     }
    }
   ]
  },
  {
   "key": "task",
   "name": {
    "en": "Task dimension",
    "nl": "Taakdimensie"
   },
   "items": [
    {
     "number": 9,
     "text": {
      "en": "There is agreement on the mission, the goal and the planning within the partnership",
      "nl": "Er is overeenstemming onder betrokkenen over de missie, het doel en de planning."
     }
    },
    {
     "number": 10,
     "text": {
      "en": "The partnership achieves regular (small) successes",
      "nl": "Het netwerk boekt tussentijds (kleine) successen."
     }
    },
    {
     "number": 11,
     "text": {
      "en": "The partnership functions well (working structure, working methods)",
      "nl": "Het netwerk functioneert goed (werkstructuur, werkmethode)."
     }
    },
    {
     "number": 12,
     "text": {
      "en": "The partnership evaluates progress at regular intervals and makes adjustments if necessary",
      "nl": "Het netwerk evalueert tussentijds de voortgang en voert zo nodig bijsturingen door."
     }
    },
    {
     "number": 13,
     "text": {
      "en": "The conditions for the existence of the collaboration are satisfactory",
      "nl": "De randvoorwaarden voor het bestaan van het netwerk zijn naar tevredenheid."
     }
    }
   ]
  },
  {
   "key": "relation",
   "name": {
    "en": "Relation dimension",
    "nl": "Relatiedimensie"
   },
   "items": [
    {
     "number": 14,
     "text": {
      "en": "The partnership partners communicate in an open manner",
      "nl": "De betrokkenen van het netwerk zijn open in hun communicatie."
     }
    },
    {
     "number": 15,
     "text": {
      "en": "The partnership partners work together in a constructive manner and know how to involve each other when action is needed",
      "nl": "De betrokkenen van het netwerk werken constructief samen en weten elkaar te vinden als er iets gebeuren moet."
     }
    },
    {
     "number": 16,
     "text": {
      "en": "The partnership partners are willing to compromise",
      "nl": "De betrokkenen van het netwerk zijn bereid tot het sluiten van compromissen."
     }
    },
    {
     "number": 17,
     "text": {
      "en": "In the partnership, conflicts are dealt with in a constructive way",
      "nl": "Binnen het netwerk wordt constructief omgegaan met conflicten."
     }
    },
    {
     "number": 18,
     "text": {
      "en": "The partnership partners will carry out decisions and actions loyally",
      "nl": "De betrokkenen van het netwerk voeren besluiten en acties loyaal uit."
     }
    }
   ]
  },
  {
   "key": "growth",
   "name": {
    "en": "Growth dimension",
    "nl": "Groeidimensie"
   },
   "items": [
    {
     "number": 19,
     "text": {
      "en": "I create goodwill and involvement for the partnership within my organization",
      "nl": "Ik creëer goodwill en betrokkenheid voor het netwerk binnen mijn organisatie/afdeling."
     }
    },
    {
     "number": 20,
     "text": {
      "en": "Giving feedback to the local officials on behalf of the partnership is satisfactory",
      "nl": "Er is een goede terugkoppeling vanuit het netwerk naar de coördinerende ambtenaren en het lokaal beleid."
     }
    },
    {
     "number": 21,
     "text": {
      "en": "The partnership is willing to recruit new partners in the course of time",
      "nl": "Het netwerk is bereid in de loop van de tijd andere/nieuwe partners op te nemen."
     }
    },
    {
     "number": 22,
     "text": {
      "en": "The partnership succeeds in mobilizing others for actions",
      "nl": "Het netwerk slaagt erin anderen te mobiliseren voor acties."
     }
    }
   ]
  },
  {
   "key": "visibility",
   "name": {
    "en": "Visibility dimension",
    "nl": "Zichtbaarheidsdimensie"
   },
   "items": [
    {
     "number": 23,
     "text": {
      "en": "The partnership maintains the external relationships in an accurate way",
      "nl": "Het netwerk onderhoudt de externe relaties op een zorgvuldige manier."
     }
    },
    {
     "number": 24,
     "text": {
      "en": "The partnership is seen as reliable and legitimate by external relations",
      "nl": "Het netwerk wordt door externe relaties als betrouwbaar en legitiem gezien."
     }
    },
    {
     "number": 25,
     "text": {
      "en": "The image of my partnership in the outside world is good",
      "nl": "Het beeld van het netwerk in de buitenwereld is goed."
     }
    },
    {
     "number": 26,
     "text": {
      "en": "The partnership takes care of continuation after the project period",
      "nl": "Het netwerk zorgt voor continuïteit na afloop van de projectperiode."
     }
    }
   ]
  }
 ],
 "answer_scales": {
  "agree4": {
   "description": "the checklist's own four answer categories",
   "values": {
    "1": "nee / no",
    "2": "eerder niet / rather not",
    "3": "eerder wel / rather yes",
    "4": "ja / yes"
   },
   "to_percent": "(v-1)*100/3"
  },
  "likert5": {
   "description": "five-point agreement scale",
   "values": "1..5",
   "to_percent": "(v-1)*25"
  },
  "percent": {
   "description": "a 0-100 score, as published item scores are",
   "values": "0..100",
   "to_percent": "v"
  }
 }
}$instrument$::jsonb AS doc;

INSERT INTO instruments (key, title_en, title_nl, source, score_min, score_max)
SELECT doc->>'key', doc->'title'->>'en', doc->'title'->>'nl', doc->>'source',
       (doc->'scale'->>'min')::integer, (doc->'scale'->>'max')::integer
FROM instrument_source;

INSERT INTO dimensions (instrument_id, key, position, name_en, name_nl)
SELECT instruments.id, d.value->>'key', d.ordinality, d.value->'name'->>'en',
       d.value->'name'->>'nl'
FROM instrument_source
JOIN instruments ON instruments.key = doc->>'key',
     jsonb_array_elements(doc->'dimensions') WITH ORDINALITY AS d;

INSERT INTO items (instrument_id, number, dimension_key, text_en, text_nl)
SELECT instruments.id, (i.value->>'number')::integer, d.value->>'key',
       i.value->'text'->>'en', i.value->'text'->>'nl'
FROM instrument_source
JOIN instruments ON instruments.key = doc->>'key',
     jsonb_array_elements(doc->'dimensions') AS d,
     jsonb_array_elements(d.value->'items') AS i;

-- A scale's values are either labelled categories {"1": ..} or a range "1..5".
INSERT INTO answer_scales (key, description, minimum, maximum, to_percent, labels)
SELECT s.key, s.value->>'description',
       CASE WHEN jsonb_typeof(s.value->'values') = 'object'
            THEN (SELECT min(k::integer) FROM jsonb_object_keys(s.value->'values') AS k)
            ELSE split_part(s.value->>'values', '..', 1)::integer END,
       CASE WHEN jsonb_typeof(s.value->'values') = 'object'
            THEN (SELECT max(k::integer) FROM jsonb_object_keys(s.value->'values') AS k)
            ELSE split_part(s.value->>'values', '..', 2)::integer END,
       s.value->>'to_percent',
       CASE WHEN jsonb_typeof(s.value->'values') = 'object' THEN s.value->'values' END
FROM instrument_source, jsonb_each(doc->'answer_scales') AS s;
