/*
 * lex: lexicons, the rules and word lists kept as data under schema/.
 *
 * A lexicon is schema/lexicons/<name>.tsv: UTF-8, tab-separated, '#' starts
 * a comment line, blank lines are skipped, the first other line is the
 * header naming the columns.  Entries keep their file and line so that a
 * trace can name the line that matched.  Lookups on the first column are
 * case-insensitive (ASCII case; keys are compared as written otherwise).
 */
#ifndef CAPTIVE_LEX_H
#define CAPTIVE_LEX_H

#include <stddef.h>
#include <stdint.h>

struct lex_entry {
	char **fields;		/* ncols strings, "" for a missing column; one
				 * block with the strings after the array */
	unsigned line;		/* line in the file, for traces */
};

struct lex {
	char *path;
	char **columns;
	int ncols;
	struct lex_entry *entries;
	size_t n;
	/* Each lowercased first column and each of its proper prefixes that
	 * ends at a word's end, to (index of its first entry + 1) << 1, or
	 * 0 << 1 for a prefix that is no key, | LEX_GOES_ON when it is such
	 * a prefix of some key.  One map, so that a matcher trying "north",
	 * "north korea", ... learns both answers from one lookup a word. */
	struct hmap *keys;
};
#define LEX_GOES_ON 1

/*
 * The schema folder: set by --schema, else $CAPTIVE_SCHEMA, else schema/
 * beside the program's bin/ (in the source tree) or share/captive/schema
 * beside it (installed), else the compiled-in default.  Borrowed string.
 */
void schema_set_dir(const char *dir);
const char *schema_dir(void);
/* DIR/rel in a static buffer, valid until the next call. */
const char *schema_path(const char *rel);

/* Load schema/lexicons/<name>.tsv.  NULL after reporting.  Free with lex_free. */
struct lex *lex_load(const char *name);
/* Add the entries of schema/lexicons/<name>.tsv to l, its columns matched
 * to l's by name (those l lacks are dropped, those it lacks are "").  A key
 * l has already keeps l's entry: the file loaded first wins.  The entries'
 * lines are in their own file.  0, or -1 after reporting. */
int lex_append(struct lex *l, const char *name);
/* Load from an explicit path. */
struct lex *lex_load_file(const char *path);
void lex_free(struct lex *l);
/* Index of column name, or -1. */
int lex_column(const struct lex *l, const char *name);
/* Entry whose first column equals key (ASCII case-insensitive), or NULL. */
const struct lex_entry *lex_lookup(const struct lex *l, const char *key);
const struct lex_entry *lex_lookupn(const struct lex *l, const char *key, size_t len);
/* Is key[0..len) (any case) a proper prefix of a key, ending at a word's
 * end ("take into" of "take into custody")?  A longer match may follow. */
int lex_is_prefixn(const struct lex *l, const char *key, size_t len);
/* The entry whose first column is key[0..len), which the caller has
 * lowercased (ASCII) and hashed (hmap_hash from HMAP_HASH_INIT), or NULL;
 * *goes_on (unless NULL): is it a proper prefix of a key at a word's end
 * (as lex_is_prefixn)?  For a matcher that lowercases its text once and
 * grows a key word by word, hashing each byte once: one lookup a word
 * tells both whether the words so far are an entry and whether to go on. */
const struct lex_entry *lex_lookup_hashed(const struct lex *l, const char *key, size_t len,
    uint64_t hash, int *goes_on);
/* Field of e in column name, "" when the column is absent. */
const char *lex_get(const struct lex *l, const struct lex_entry *e, const char *column);

#endif
