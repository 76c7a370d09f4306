-- Cursor paging, shared by every list: rows in (created_at, id) order; a
-- cursor is "<microseconds since 1970>_<uuid>" of the last row shown, and
-- a page continues strictly after it (see service/pagination.h).

-- Whether a row comes after the cursor (time and id NULL: no cursor).
CREATE OR REPLACE FUNCTION cacd_after(created timestamptz, id uuid, cursor_micros bigint,
        cursor_id uuid) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN cursor_micros IS NULL
        OR (created, id) > ('epoch'::timestamptz + cursor_micros * interval '1 microsecond',
                            cursor_id);

-- {"data": [...], "next_cursor": "..." | null} from at most limit + 1 rows
-- given in order: the extra row only says that there is more; next is the
-- cursor of row page_limit (the last one shown), or NULL when there is none.
CREATE OR REPLACE FUNCTION cacd_page_of(items json[], page_limit integer, next text)
    RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN json_build_object(
        'data', coalesce(array_to_json(items[1:least(coalesce(cardinality(items), 0),
                                                     page_limit)]), '[]'::json),
        'next_cursor', CASE WHEN coalesce(cardinality(items), 0) > page_limit
                            THEN next END)::text;

-- Lists in (created_at, id) order: the cursor is the last row's time.
CREATE OR REPLACE FUNCTION cacd_page(created timestamptz[], ids uuid[], items json[],
        page_limit integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN cacd_page_of(items, page_limit,
        (extract(epoch FROM created[page_limit]) * 1000000)::bigint || '_' || ids[page_limit]);

-- The next page's cursor alone (what cacd_page puts in next_cursor), as
-- its own column: the Link header needs it, and C does not read it back
-- out of the page's JSON.
CREATE OR REPLACE FUNCTION cacd_page_next(created timestamptz[], ids uuid[], page_limit integer)
    RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN coalesce(cardinality(ids), 0) > page_limit
                THEN (extract(epoch FROM created[page_limit]) * 1000000)::bigint || '_' ||
                     ids[page_limit] END;

-- A list ordered by a sequence (the audit log): the cursor's number is the
-- last row's seq rather than a time.
CREATE OR REPLACE FUNCTION cacd_page_by_seq(seqs bigint[], ids uuid[], items json[],
        page_limit integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN cacd_page_of(items, page_limit, seqs[page_limit] || '_' || ids[page_limit]);

CREATE OR REPLACE FUNCTION cacd_page_next_by_seq(seqs bigint[], ids uuid[], page_limit integer)
    RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN coalesce(cardinality(ids), 0) > page_limit
                THEN seqs[page_limit] || '_' || ids[page_limit] END;
