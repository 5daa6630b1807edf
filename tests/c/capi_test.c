/* The C API, exercised from C. Exit 0 when every check passes; prints what failed. */
#include <stdio.h>
#include <string.h>

#include "precis/precis_c.h"

static int failures = 0;
#define EXPECT(cond)                                                     \
  do {                                                                   \
    if (!(cond)) {                                                       \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                        \
    }                                                                    \
  } while (0)

int main(void) {
  char err[256];
  precis_options o;
  precis_options_init(&o);
  o.policy = PRECIS_POLICY_FRACTION;
  precis_scorer* s = NULL;
  EXPECT(precis_scorer_create(&o, &s, err, sizeof err) == PRECIS_OK);
  EXPECT(s != NULL);
  EXPECT(strlen(precis_version()) > 0);

  const char* gt =
      "[{'instruction_id': ['punctuation:no_comma', 'punctuation:no_comma'], 'kwargs': [None, "
      "{}]}]";
  uint32_t prog = 99, again = 98;
  EXPECT(precis_scorer_add(s, gt, strlen(gt), &prog, err, sizeof err) == PRECIS_OK);
  EXPECT(precis_scorer_add(s, gt, strlen(gt), &again, err, sizeof err) == PRECIS_OK);
  EXPECT(prog == again); /* cached by text */
  EXPECT(precis_program_size(s, prog) == 2);
  EXPECT(precis_program_size(s, 12345) == 0);

  float reward = -1;
  uint8_t verdicts[4] = {9, 9, 9, 9};
  const char* good = "no commas here";
  EXPECT(precis_score(s, prog, good, strlen(good), &reward, verdicts, 4, err, sizeof err) ==
         PRECIS_OK);
  EXPECT(reward == 1.0f);
  EXPECT(verdicts[0] == 1 && verdicts[1] == 1);
  const char* bad = "one, two";
  EXPECT(precis_score(s, prog, bad, strlen(bad), &reward, verdicts, 4, err, sizeof err) ==
         PRECIS_OK);
  EXPECT(reward == 0.0f);
  EXPECT(precis_score(s, prog, bad, strlen(bad), &reward, verdicts, 1, err, sizeof err) ==
         PRECIS_ERR_BUFFER_TOO_SMALL);

  /* A batch of three responses. */
  const char* buffer = "fineone, twoalso fine";
  uint64_t offsets[4] = {0, 4, 12, 21};
  uint32_t programs[3] = {prog, prog, prog};
  float rewards[3] = {-1, -1, -1};
  uint8_t bits[6];
  EXPECT(precis_score_batch(s, buffer, strlen(buffer), offsets, programs, 3, rewards, bits, 6, err,
                            sizeof err) == PRECIS_OK);
  EXPECT(rewards[0] == 1.0f && rewards[1] == 0.0f && rewards[2] == 1.0f);
  EXPECT(bits[2] == 0 && bits[3] == 0 && bits[4] == 1);

  /* Errors: codes and messages, never a crash. */
  uint64_t bad_offsets[4] = {0, 4, 99, 21};
  EXPECT(precis_score_batch(s, buffer, strlen(buffer), bad_offsets, programs, 3, rewards, NULL, 0,
                            err, sizeof err) == PRECIS_ERR_INVALID_ARGUMENT);
  EXPECT(strstr(err, "response 1") != NULL);
  uint32_t bad_programs[3] = {prog, 7, prog};
  EXPECT(precis_score_batch(s, buffer, strlen(buffer), offsets, bad_programs, 3, rewards, NULL, 0,
                            err, sizeof err) == PRECIS_ERR_INVALID_ARGUMENT);
  const char* unknown = "[{'instruction_id': ['punctuation:no_coma'], 'kwargs': [None]}]";
  EXPECT(precis_scorer_add(s, unknown, strlen(unknown), &prog, err, sizeof err) ==
         PRECIS_ERR_NOT_FOUND);
  EXPECT(strstr(err, "punctuation:no_comma") != NULL); /* the suggestion */
  const char* broken = "[{'instruction_id': [";
  EXPECT(precis_scorer_add(s, broken, strlen(broken), &prog, err, sizeof err) == PRECIS_ERR_PARSE);
  EXPECT(precis_score(s, 4242, good, strlen(good), &reward, NULL, 0, err, sizeof err) ==
         PRECIS_ERR_NOT_FOUND);
  EXPECT(precis_scorer_create(&o, NULL, err, sizeof err) == PRECIS_ERR_INVALID_ARGUMENT);
  o.policy = 17;
  precis_scorer* t = NULL;
  EXPECT(precis_scorer_create(&o, &t, err, sizeof err) == PRECIS_ERR_INVALID_ARGUMENT);
  EXPECT(t == NULL);
  /* A tiny error buffer is still NUL-terminated. */
  char tiny[4];
  EXPECT(precis_scorer_add(s, broken, strlen(broken), &prog, tiny, sizeof tiny) ==
         PRECIS_ERR_PARSE);
  EXPECT(strlen(tiny) == 3);

  precis_scorer_destroy(s);
  precis_scorer_destroy(NULL);
  if (failures) {
    fprintf(stderr, "%d failure(s)\n", failures);
    return 1;
  }
  printf("C API: all checks passed\n");
  return 0;
}
