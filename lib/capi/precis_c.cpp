#include "precis/precis_c.h"

#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "precis/batch.h"

struct precis_scorer {
  explicit precis_scorer(precis::ScoreOptions o) : scorer(std::move(o)) {}
  precis::Scorer scorer;
};

namespace {

void write_error(char* err, size_t err_len, const std::string& message) {
  if (!err || err_len == 0) return;
  size_t n = message.size() < err_len - 1 ? message.size() : err_len - 1;
  std::memcpy(err, message.data(), n);
  err[n] = '\0';
}

int code_of(const precis::Status& s) {
  switch (s.code()) {
    case precis::StatusCode::kOk:
      return PRECIS_OK;
    case precis::StatusCode::kInvalidArgument:
      return PRECIS_ERR_INVALID_ARGUMENT;
    case precis::StatusCode::kNotFound:
      return PRECIS_ERR_NOT_FOUND;
    case precis::StatusCode::kParseError:
      return PRECIS_ERR_PARSE;
    case precis::StatusCode::kIoError:
      return PRECIS_ERR_IO;
    case precis::StatusCode::kUnimplemented:
      return PRECIS_ERR_UNIMPLEMENTED;
    case precis::StatusCode::kInternal:
      return PRECIS_ERR_INTERNAL;
  }
  return PRECIS_ERR_INTERNAL;
}

int fail(const precis::Status& s, char* err, size_t err_len) {
  write_error(err, err_len, s.message());
  return code_of(s);
}

template <class Fn>
int guarded(char* err, size_t err_len, Fn&& fn) noexcept {
  try {
    return fn();
  } catch (const std::bad_alloc&) {
    write_error(err, err_len, "out of memory");
    return PRECIS_ERR_INTERNAL;
  } catch (const std::exception& e) {
    write_error(err, err_len, std::string("internal error: ") + e.what());
    return PRECIS_ERR_INTERNAL;
  } catch (...) {
    write_error(err, err_len, "internal error");
    return PRECIS_ERR_INTERNAL;
  }
}

}  // namespace

extern "C" {

const char* precis_version(void) {
  return "0.1.0";
}

void precis_options_init(precis_options* o) {
  if (!o) return;
  o->semantics = PRECIS_SEMANTICS_PRECISE;
  o->loose = 0;
  o->policy = PRECIS_POLICY_ALL;
  o->preprocess = PRECIS_PREPROCESS_NONE;
  o->threads = 0;
}

int precis_scorer_create(const precis_options* o, precis_scorer** out, char* err, size_t err_len) {
  return guarded(err, err_len, [&]() -> int {
    if (!out) return fail(precis::invalid_argument("out must not be NULL"), err, err_len);
    *out = nullptr;
    precis_options defaults;
    precis_options_init(&defaults);
    const precis_options& opt = o ? *o : defaults;
    precis::ScoreOptions so;
    if (opt.semantics != PRECIS_SEMANTICS_PRECISE && opt.semantics != PRECIS_SEMANTICS_REFERENCE)
      return fail(precis::invalid_argument("semantics must be PRECIS_SEMANTICS_PRECISE or "
                                           "PRECIS_SEMANTICS_REFERENCE"),
                  err, err_len);
    if (opt.policy < PRECIS_POLICY_ALL || opt.policy > PRECIS_POLICY_WEIGHTED)
      return fail(precis::invalid_argument("policy must be one of PRECIS_POLICY_*"), err, err_len);
    if (opt.preprocess != PRECIS_PREPROCESS_NONE && opt.preprocess != PRECIS_PREPROCESS_THINK)
      return fail(precis::invalid_argument("preprocess must be one of PRECIS_PREPROCESS_*"), err,
                  err_len);
    so.semantics = opt.semantics == PRECIS_SEMANTICS_REFERENCE ? precis::Semantics::kReference
                                                               : precis::Semantics::kPrecise;
    so.mode = opt.loose ? precis::Mode::kLoose : precis::Mode::kStrict;
    so.policy = static_cast<precis::RewardPolicy>(opt.policy);
    so.preprocess = opt.preprocess == PRECIS_PREPROCESS_THINK ? precis::Preprocess::kThink
                                                              : precis::Preprocess::kNone;
    so.threads = opt.threads;
    *out = new precis_scorer(std::move(so));
    return PRECIS_OK;
  });
}

void precis_scorer_destroy(precis_scorer* s) {
  delete s;
}

int precis_scorer_add(precis_scorer* s, const char* spec, size_t spec_len, uint32_t* program,
                      char* err, size_t err_len) {
  return guarded(err, err_len, [&]() -> int {
    if (!s || !spec || !program)
      return fail(precis::invalid_argument("scorer, spec and program must not be NULL"), err,
                  err_len);
    std::string_view text(spec, spec_len);
    // An IFEval-style row (JSON with instruction_id_list) or a ground truth.
    auto index = text.find("\"instruction_id_list\"") != std::string_view::npos
                     ? s->scorer.add_row_json(text)
                     : s->scorer.add_ground_truth(text);
    if (!index.ok()) return fail(index.status(), err, err_len);
    *program = *index;
    return PRECIS_OK;
  });
}

size_t precis_program_size(const precis_scorer* s, uint32_t program) {
  if (!s || program >= s->scorer.program_count()) return 0;
  return s->scorer.program(program).size();
}

int precis_score(const precis_scorer* s, uint32_t program, const char* response,
                 size_t response_len, float* reward, uint8_t* verdicts, size_t verdicts_cap,
                 char* err, size_t err_len) {
  return guarded(err, err_len, [&]() -> int {
    if (!s || (!response && response_len) || !reward)
      return fail(precis::invalid_argument("scorer, response and reward must not be NULL"), err,
                  err_len);
    if (program >= s->scorer.program_count())
      return fail(precis::not_found("unknown program index " + std::to_string(program)), err,
                  err_len);
    size_t n = s->scorer.program(program).size();
    if (verdicts && verdicts_cap < n) {
      write_error(err, err_len,
                  "verdicts buffer holds " + std::to_string(verdicts_cap) + " bytes, needs " +
                      std::to_string(n));
      return PRECIS_ERR_BUFFER_TOO_SMALL;
    }
    std::vector<bool> v;
    *reward =
        s->scorer.score(std::string_view(response ? response : "", response_len), program, &v);
    if (verdicts)
      for (size_t k = 0; k < n; ++k)
        verdicts[k] = v[k] ? 1 : 0;
    return PRECIS_OK;
  });
}

int precis_score_batch(const precis_scorer* s, const char* buffer, size_t buffer_len,
                       const uint64_t* offsets, const uint32_t* program_index, size_t n,
                       float* rewards, uint8_t* verdicts, size_t verdicts_cap, char* err,
                       size_t err_len) {
  return guarded(err, err_len, [&]() -> int {
    if (!s || (!buffer && buffer_len) || (n && (!offsets || !program_index || !rewards)))
      return fail(precis::invalid_argument(
                      "scorer, buffer, offsets, program_index and rewards must not be NULL"),
                  err, err_len);
    precis::BatchView batch{std::string_view(buffer ? buffer : "", buffer_len), offsets,
                            program_index, n};
    precis::BatchResult result;
    precis::Status st = s->scorer.score_batch(batch, result);
    if (!st.ok()) return fail(st, err, err_len);
    if (verdicts && verdicts_cap < result.verdicts.size()) {
      write_error(err, err_len,
                  "verdicts buffer holds " + std::to_string(verdicts_cap) + " bytes, needs " +
                      std::to_string(result.verdicts.size()));
      return PRECIS_ERR_BUFFER_TOO_SMALL;
    }
    for (size_t i = 0; i < n; ++i)
      rewards[i] = result.rewards[i];
    if (verdicts && !result.verdicts.empty())
      std::memcpy(verdicts, result.verdicts.data(), result.verdicts.size());
    return PRECIS_OK;
  });
}

}  // extern "C"
