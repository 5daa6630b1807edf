/* precis C API: score responses against instruction-following constraints from C.
 *
 * Nothing throws across this boundary. Every fallible call returns PRECIS_OK (0) or a negative
 * error code, and writes a NUL-terminated message into `err` (at most err_len bytes, may be NULL).
 *
 *   precis_options o;
 *   precis_options_init(&o);
 *   o.policy = PRECIS_POLICY_FRACTION;
 *   precis_scorer* s;
 *   char err[256];
 *   if (precis_scorer_create(&o, &s, err, sizeof err) != PRECIS_OK) { ... }
 *   uint32_t prog;
 *   const char* gt = "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]";
 *   precis_scorer_add(s, gt, strlen(gt), &prog, err, sizeof err);
 *   float reward;
 *   precis_score(s, prog, text, strlen(text), &reward, NULL, 0, err, sizeof err);
 *   precis_scorer_destroy(s);
 */
#ifndef PRECIS_PRECIS_C_H_
#define PRECIS_PRECIS_C_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
  PRECIS_OK = 0,
  PRECIS_ERR_INVALID_ARGUMENT = -1, /* bad kwargs, bad option, bad batch layout */
  PRECIS_ERR_NOT_FOUND = -2,        /* unknown instruction id or program index */
  PRECIS_ERR_PARSE = -3,            /* malformed JSON or Python literal */
  PRECIS_ERR_IO = -4,
  PRECIS_ERR_UNIMPLEMENTED = -5,
  PRECIS_ERR_INTERNAL = -6,
  PRECIS_ERR_BUFFER_TOO_SMALL = -7 /* the verdicts buffer cannot hold every verdict */
};

enum { PRECIS_SEMANTICS_PRECISE = 0, PRECIS_SEMANTICS_REFERENCE = 1 };
enum { PRECIS_POLICY_ALL = 0, PRECIS_POLICY_FRACTION = 1, PRECIS_POLICY_WEIGHTED = 2 };
enum { PRECIS_PREPROCESS_NONE = 0, PRECIS_PREPROCESS_THINK = 1 };

typedef struct precis_options {
  int semantics;    /* PRECIS_SEMANTICS_*; default precise */
  int loose;        /* 0 strict (default), 1 IFEval's loose reading */
  int policy;       /* PRECIS_POLICY_*; default all */
  int preprocess;   /* PRECIS_PREPROCESS_*; default none */
  unsigned threads; /* threads for batches; 0 = all */
} precis_options;

typedef struct precis_scorer precis_scorer;

/* The library version, e.g. "0.1.0". */
const char* precis_version(void);

/* Fills `o` with the defaults. */
void precis_options_init(precis_options* o);

int precis_scorer_create(const precis_options* o, precis_scorer** out, char* err, size_t err_len);
void precis_scorer_destroy(precis_scorer* s);

/* Compiles a spec: an open-instruct ground_truth (Python literal or JSON) or an IFEval-style row
 * as JSON. Identical spec texts share one program. Writes the program's index. */
int precis_scorer_add(precis_scorer* s, const char* spec, size_t spec_len, uint32_t* program,
                      char* err, size_t err_len);

/* Number of constraints of a program (0 for an unknown index). */
size_t precis_program_size(const precis_scorer* s, uint32_t program);

/* Scores one response. `verdicts` (may be NULL) receives one byte per constraint (1 pass). */
int precis_score(const precis_scorer* s, uint32_t program, const char* response,
                 size_t response_len, float* reward, uint8_t* verdicts, size_t verdicts_cap,
                 char* err, size_t err_len);

/* Scores n responses packed in `buffer`: response i is buffer[offsets[i], offsets[i+1]) and uses
 * program_index[i]. Writes n rewards; when `verdicts` is non-NULL, the verdicts of response i
 * follow those of response i-1 (the sum of the programs' sizes must fit in verdicts_cap). */
int precis_score_batch(const precis_scorer* s, const char* buffer, size_t buffer_len,
                       const uint64_t* offsets, const uint32_t* program_index, size_t n,
                       float* rewards, uint8_t* verdicts, size_t verdicts_cap, char* err,
                       size_t err_len);

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_PRECIS_C_H_ */
