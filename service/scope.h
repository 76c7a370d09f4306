/* SQL fragments shared by the resources. */
#ifndef CACD_SCOPE_H
#define CACD_SCOPE_H

/* A partnership column inside the caller's scope ($param is the scope array,
 * NULL for every partnership). */
#define SCOPED(column, param) \
	"($" #param "::uuid[] IS NULL OR " column " = ANY ($" #param "::uuid[]))"

/* In an UPDATE of "table AS alias": a key present in the JSON patch $param
 * replaces the column (null included); an absent key keeps it. */
#define PATCHED(alias, field, type, param) \
	field " = CASE WHEN $" #param "::jsonb ? '" field "' THEN ($" #param "::jsonb->>'" \
	field "')" type " ELSE " alias "." field " END"

#endif
