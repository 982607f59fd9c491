/* validate: the schema model the validate stage checks records against. */
#ifndef CAPTIVE_VALIDATE_H
#define CAPTIVE_VALIDATE_H

#include <jansson.h>
#include "buf.h"

struct validate_schema;

/* Load tables.json from path.  NULL after reporting. */
struct validate_schema *validate_schema_load(const char *path);
void validate_schema_free(struct validate_schema *s);

/*
 * Check rec.  Returns 1 when valid, 0 when no table describes its kind
 * (unchecked), -1 when invalid, with the reason appended to reason.
 */
int validate_record(const struct validate_schema *s, const json_t *rec, struct buf *reason);

#endif
