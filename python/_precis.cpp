// precis._precis: the thin pybind11 layer under the pure-Python package `precis`.
//
// Everything here is a direct call into the C++ engine. Responses arrive as a Python list of str
// (or bytes); they are packed into one UTF-8 buffer plus offsets while the GIL is held, then the
// GIL is released for the whole batch. precis::Status errors become ValueError.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "precis/batch.h"
#include "precis/lint.h"
#include "precis/program.h"
#include "precis/registry.h"
#include "precis/spec.h"
#include "text/data_dir.h"

namespace py = pybind11;

namespace {

[[noreturn]] void raise_value_error(const std::string& message) {
  throw py::value_error(message);
}

precis::Semantics parse_semantics(const std::string& s) {
  if (s == "precise") return precis::Semantics::kPrecise;
  if (s == "reference") return precis::Semantics::kReference;
  raise_value_error(fmt::format("semantics must be 'precise' or 'reference', not '{}'", s));
}

precis::IfbenchVersion parse_ifbench_version(const std::string& s) {
  if (s == "head") return precis::IfbenchVersion::kHead;
  if (s == "paper") return precis::IfbenchVersion::kPaper;
  raise_value_error(fmt::format("ifbench_version must be 'head' or 'paper', not '{}'", s));
}

precis::RewardPolicy parse_policy(const std::string& s) {
  if (s == "all") return precis::RewardPolicy::kAll;
  if (s == "fraction") return precis::RewardPolicy::kFraction;
  if (s == "weighted") return precis::RewardPolicy::kWeighted;
  raise_value_error(fmt::format("policy must be 'all', 'fraction' or 'weighted', not '{}'", s));
}

precis::Preprocess parse_preprocess(const std::string& s) {
  if (s == "none") return precis::Preprocess::kNone;
  if (s == "think") return precis::Preprocess::kThink;
  if (s == "markers") return precis::Preprocess::kMarkers;
  raise_value_error(fmt::format("preprocess must be 'none', 'think' or 'markers', not '{}'", s));
}

// The UTF-8 bytes of a str or bytes object, borrowed from it (valid while it lives). A str that
// cannot be encoded strictly (lone surrogates) is encoded with "surrogatepass" into `holder`;
// the engine treats the resulting invalid UTF-8 like any other.
std::string_view utf8_of(PyObject* obj, size_t index, py::object& holder) {
  if (PyUnicode_Check(obj)) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj, &size);
    if (data) return {data, static_cast<size_t>(size)};
    PyErr_Clear();
    PyObject* bytes = PyUnicode_AsEncodedString(obj, "utf-8", "surrogatepass");
    if (!bytes) throw py::error_already_set();
    holder = py::reinterpret_steal<py::object>(bytes);
    return {PyBytes_AS_STRING(bytes), static_cast<size_t>(PyBytes_GET_SIZE(bytes))};
  }
  if (PyBytes_Check(obj)) {
    return {PyBytes_AS_STRING(obj), static_cast<size_t>(PyBytes_GET_SIZE(obj))};
  }
  throw py::type_error(fmt::format("response {} is a {}, not a str", index, Py_TYPE(obj)->tp_name));
}

// The UTF-8 of each response of a sequence of str/bytes, without copying: a str's UTF-8 is the
// buffer CPython keeps in the object (an ASCII str's own data), a bytes object's data is used as
// it is. A str holding lone surrogates is the one exception (its converted copy is kept in
// `holders`). The views live as long as the sequence and `holders`. Needs the GIL.
struct Gathered {
  py::object seq;  // a tuple of the items: another thread may change a list, not this tuple
  std::vector<py::object> holders;  // converted copies, for strs with lone surrogates
  std::vector<std::string_view> views;
};

Gathered gather(const py::sequence& responses) {
  Gathered g;
  g.seq = py::reinterpret_steal<py::object>(PySequence_Tuple(responses.ptr()));
  if (!g.seq) {
    PyErr_Clear();
    throw py::type_error("responses must be a sequence of str");
  }
  const Py_ssize_t n = PyTuple_GET_SIZE(g.seq.ptr());
  PyObject** items = &PyTuple_GET_ITEM(g.seq.ptr(), 0);
  g.views.resize(static_cast<size_t>(n));
  for (Py_ssize_t i = 0; i < n; ++i) {
    py::object holder;
    g.views[i] = utf8_of(items[i], static_cast<size_t>(i), holder);
    if (holder) g.holders.push_back(std::move(holder));
  }
  return g;
}

std::string reason_of(const precis::Constraint& c, std::string_view response) {
  precis::Text text(response);
  if (text.blank()) return "the response is empty or only whitespace";
  return c.verdict(text).reason;
}

// One compiled instruction, for precis.check / precis.explain.
class Checker {
 public:
  Checker(const std::string& id, const std::string& kwargs_json, const std::string& semantics,
          const std::string& ifbench_version) {
    auto kwargs = precis::parse_json(kwargs_json);
    if (!kwargs.ok()) raise_value_error(kwargs.status().with_context("kwargs").message());
    precis::InstructionSpec spec{id, *kwargs};
    auto program = precis::Program::compile({spec}, parse_semantics(semantics),
                                            parse_ifbench_version(ifbench_version));
    if (!program.ok()) raise_value_error(program.status().message());
    program_ = std::make_unique<precis::Program>(std::move(program).value());
  }

  bool check(const py::object& obj, bool loose) const {
    py::object holder;
    std::string_view response = utf8_of(obj.ptr(), 0, holder);
    std::vector<bool> v;
    {
      py::gil_scoped_release release;
      program_->check(response, loose ? precis::Mode::kLoose : precis::Mode::kStrict, v);
    }
    return v.at(0);
  }

  std::pair<bool, std::string> explain(const py::object& obj, bool loose) const {
    py::object holder;
    std::string_view response = utf8_of(obj.ptr(), 0, holder);
    const precis::Constraint& c = program_->constraint(0);
    if (!loose) {
      precis::Text text(response);
      if (text.blank()) return {false, "the response is empty or only whitespace"};
      auto v = c.verdict(text);
      return {v.pass, v.reason};
    }
    static constexpr const char* kVariantNames[8] = {"as written",
                                                     "without '*'",
                                                     "without its first line",
                                                     "without its last line",
                                                     "without its first and last lines",
                                                     "without its first line and '*'",
                                                     "without its last line and '*'",
                                                     "without its first and last lines and '*'"};
    auto variants = precis::loose_variants(response);
    for (size_t k = 0; k < variants.size(); ++k) {
      precis::Text text(variants[k]);
      if (text.blank()) continue;
      auto v = c.verdict(text);
      if (v.pass)
        return {true, fmt::format("{} (loose: the response {})", v.reason, kVariantNames[k])};
    }
    return {false, reason_of(c, response) + " (loose: no variant passes)"};
  }

 private:
  std::unique_ptr<precis::Program> program_;
};

class PyScorer {
 public:
  PyScorer(const std::string& semantics, bool loose, const std::string& policy,
           const std::string& preprocess, const std::string& start_marker,
           const std::string& end_marker, const std::unordered_map<std::string, double>& weights,
           unsigned threads, const std::string& ifbench_version) {
    precis::ScoreOptions o;
    o.semantics = parse_semantics(semantics);
    o.ifbench_version = parse_ifbench_version(ifbench_version);
    o.mode = loose ? precis::Mode::kLoose : precis::Mode::kStrict;
    o.policy = parse_policy(policy);
    o.preprocess = parse_preprocess(preprocess);
    o.start_marker = start_marker;
    o.end_marker = end_marker;
    for (const auto& [id, w] : weights) {
      if (!(w >= 0)) raise_value_error(fmt::format("weight of '{}' must be >= 0, not {}", id, w));
      if (!precis::Registry::global().find(id))
        raise_value_error(fmt::format("weights: unknown instruction id '{}'", id));
    }
    o.weights = weights;
    o.threads = threads;
    scorer_ = std::make_unique<precis::Scorer>(std::move(o));
  }

  uint32_t add_ground_truth(std::string_view text) {
    auto r = scorer_->add_ground_truth(text);
    if (!r.ok()) raise_value_error(r.status().message());
    return *r;
  }

  uint32_t add_row_json(std::string_view text) {
    auto r = scorer_->add_row_json(text);
    if (!r.ok()) raise_value_error(r.status().message());
    return *r;
  }

  // Compiles many ground-truth strings (cached by text); an error names the sample.
  py::array_t<uint32_t> add_ground_truths(const py::sequence& texts) {
    py::object seq = py::reinterpret_steal<py::object>(
        PySequence_Fast(texts.ptr(), "ground truths must be a sequence of str"));
    if (!seq) throw py::error_already_set();
    const Py_ssize_t n = PySequence_Fast_GET_SIZE(seq.ptr());
    PyObject** items = PySequence_Fast_ITEMS(seq.ptr());
    py::array_t<uint32_t> out(n);
    uint32_t* o = out.mutable_data();
    // Consecutive repeats (a group of rollouts per prompt) skip even the cache lookup.
    std::string_view last;
    uint32_t last_index = 0;
    bool have_last = false;
    for (Py_ssize_t i = 0; i < n; ++i) {
      if (!PyUnicode_Check(items[i]))
        throw py::type_error(fmt::format("ground truth of sample {} is a {}, not a str", i,
                                         Py_TYPE(items[i])->tp_name));
      Py_ssize_t size = 0;
      const char* data = PyUnicode_AsUTF8AndSize(items[i], &size);
      if (!data) {
        PyErr_Clear();
        raise_value_error(fmt::format("ground truth of sample {}: not valid UTF-8", i));
      }
      std::string_view text(data, static_cast<size_t>(size));
      if (have_last && text == last) {
        o[i] = last_index;
        continue;
      }
      auto r = scorer_->add_ground_truth(text);
      if (!r.ok())
        raise_value_error(fmt::format("ground truth of sample {}: {}", i, r.status().message()));
      o[i] = *r;
      last = text;
      last_index = *r;
      have_last = true;
    }
    return out;
  }

  size_t program_count() const { return scorer_->program_count(); }

  std::vector<std::string> program_ids(uint32_t program) const {
    check_program(program);
    const precis::Program& p = scorer_->program(program);
    std::vector<std::string> ids;
    for (size_t k = 0; k < p.size(); ++k)
      ids.push_back(p.id(k));
    return ids;
  }

  // Rewards only, or (rewards, verdicts, verdict_offsets) when with_verdicts.
  py::object score(const py::sequence& responses,
                   py::array_t<uint32_t, py::array::c_style | py::array::forcecast> programs,
                   bool with_verdicts) const {
    Gathered gathered = gather(responses);
    const size_t n = gathered.views.size();
    if (programs.ndim() != 1 || static_cast<size_t>(programs.shape(0)) != n)
      raise_value_error(fmt::format("programs: expected {} program indices, got {}", n,
                                    programs.ndim() == 1 ? programs.shape(0) : programs.size()));
    std::vector<uint32_t> index(programs.data(), programs.data() + n);
    precis::BatchResult result;
    precis::Status status;
    {
      py::gil_scoped_release release;
      precis::BatchView view;
      view.program_index = index.data();
      view.size = n;
      view.responses = gathered.views.data();
      status = scorer_->score_batch(view, result);
    }
    if (!status.ok()) raise_value_error(status.message());
    py::array_t<float> rewards(static_cast<py::ssize_t>(n));
    if (n) std::memcpy(rewards.mutable_data(), result.rewards.data(), n * sizeof(float));
    if (!with_verdicts) return rewards;
    py::array_t<bool> verdicts(static_cast<py::ssize_t>(result.verdicts.size()));
    bool* v = verdicts.mutable_data();
    for (size_t k = 0; k < result.verdicts.size(); ++k)
      v[k] = result.verdicts[k] != 0;
    py::array_t<uint64_t> offsets(static_cast<py::ssize_t>(result.verdict_offsets.size()));
    std::memcpy(offsets.mutable_data(), result.verdict_offsets.data(),
                result.verdict_offsets.size() * sizeof(uint64_t));
    return py::make_tuple(std::move(rewards), std::move(verdicts), std::move(offsets));
  }

  // Per-constraint (id, pass, reason) of one response, after preprocessing.
  std::vector<std::tuple<std::string, bool, std::string>> explain(const py::object& obj,
                                                                  uint32_t program) const {
    py::object holder;
    std::string_view response = utf8_of(obj.ptr(), 0, holder);
    check_program(program);
    const precis::Program& p = scorer_->program(program);
    std::vector<bool> verdicts;
    scorer_->score(response, program, &verdicts);
    std::string scratch;
    std::string_view answer = precis::preprocess_response(response, scorer_->options(), scratch);
    std::string answer_copy(answer);
    std::vector<std::tuple<std::string, bool, std::string>> out;
    for (size_t k = 0; k < p.size(); ++k) {
      std::string why;
      if (precis::Text(response).blank() || precis::Text(answer_copy).blank()) {
        why = "the response (after preprocessing) is empty or only whitespace";
      } else {
        why = reason_of(p.constraint(k), answer_copy);
        if (scorer_->options().mode == precis::Mode::kLoose)
          why += " (strict reading; loose tries 8 variants)";
      }
      out.emplace_back(p.id(k), verdicts[k], std::move(why));
    }
    return out;
  }

 private:
  void check_program(uint32_t program) const {
    if (program >= scorer_->program_count())
      raise_value_error(fmt::format("program {} does not exist ({} compiled)", program,
                                    scorer_->program_count()));
  }

  std::unique_ptr<precis::Scorer> scorer_;
};

py::list list_ids() {
  py::list out;
  for (const auto& info : precis::Registry::global().all())
    out.append(info.id);
  return out;
}

py::dict describe(const std::string& id) {
  const precis::VerifierInfo* info = precis::Registry::global().find(id);
  if (!info) {
    std::string hint;
    auto s = precis::Registry::global().suggest(id);
    if (!s.empty()) hint = fmt::format(" (did you mean '{}'?)", s[0]);
    raise_value_error(fmt::format("unknown instruction id '{}'{}", id, hint));
  }
  py::list kwargs;
  for (const auto& k : info->kwargs) {
    py::dict d;
    d["name"] = k.name;
    d["type"] = std::string(precis::kwarg_type_name(k.type));
    d["required"] = k.required;
    d["doc"] = k.doc;
    d["allowed"] = k.allowed;
    d["min"] = k.min ? py::object(py::int_(*k.min)) : py::object(py::none());
    kwargs.append(d);
  }
  py::dict d;
  d["id"] = info->id;
  d["suite"] = info->suite;
  d["summary"] = info->summary;
  d["kwargs"] = kwargs;
  d["conflicts"] = info->conflicts;
  d["precise_differences"] = info->precise_differences;
  return d;
}

// lint: findings as (level, kind, file, line, key, id, message) tuples.
using FindingTuple =
    std::tuple<std::string, std::string, std::string, size_t, py::object, std::string, std::string>;

precis::LintOptions lint_options(const std::string& ground_truth, const std::string& prompt_column,
                                 bool prompt_checks, bool conflict_table,
                                 const std::string& semantics) {
  precis::LintOptions o;
  o.ground_truth_column = ground_truth;
  o.prompt_column = prompt_column;
  o.prompt_checks = prompt_checks;
  o.conflict_table = conflict_table;
  o.semantics = parse_semantics(semantics);
  return o;
}

std::vector<FindingTuple> to_tuples(const std::vector<precis::Finding>& fs) {
  std::vector<FindingTuple> out;
  out.reserve(fs.size());
  for (const auto& f : fs)
    out.emplace_back(std::string(precis::lint_level_name(f.level)), f.kind, f.file, f.line,
                     f.key ? py::object(py::int_(*f.key)) : py::object(py::none()), f.id,
                     f.message);
  return out;
}

std::vector<FindingTuple> lint_file(const std::string& path, const std::string& ground_truth,
                                    const std::string& prompt_column, bool prompt_checks,
                                    bool conflict_table, const std::string& semantics,
                                    const std::string& responses) {
  precis::Linter linter(
      lint_options(ground_truth, prompt_column, prompt_checks, conflict_table, semantics));
  if (!responses.empty()) {
    precis::Status s = linter.load_responses(responses);
    if (!s.ok()) raise_value_error(s.message());
  }
  std::vector<precis::Finding> fs;
  precis::Status s;
  {
    py::gil_scoped_release release;
    s = linter.lint_file(path, fs);
  }
  if (!s.ok()) raise_value_error(s.message());
  return to_tuples(fs);
}

std::vector<FindingTuple> lint_lines(const std::vector<std::string>& lines,
                                     const std::string& ground_truth,
                                     const std::string& prompt_column, bool prompt_checks,
                                     bool conflict_table, const std::string& semantics,
                                     const std::string& responses) {
  precis::Linter linter(
      lint_options(ground_truth, prompt_column, prompt_checks, conflict_table, semantics));
  if (!responses.empty()) {
    precis::Status s = linter.load_responses(responses);
    if (!s.ok()) raise_value_error(s.message());
  }
  std::vector<precis::Finding> fs;
  {
    py::gil_scoped_release release;
    for (size_t i = 0; i < lines.size(); ++i)
      linter.lint_line(lines[i], "", i + 1, fs);
  }
  return to_tuples(fs);
}

}  // namespace

PYBIND11_MODULE(_precis, m) {
  m.doc() = "precis C++ engine (use the `precis` package, not this module)";

  py::class_<Checker>(m, "Checker")
      .def(py::init<const std::string&, const std::string&, const std::string&,
                    const std::string&>(),
           py::arg("id"), py::arg("kwargs_json"), py::arg("semantics"),
           py::arg("ifbench_version") = "head")
      .def("check", &Checker::check, py::arg("response"), py::arg("loose") = false)
      .def("explain", &Checker::explain, py::arg("response"), py::arg("loose") = false);

  py::class_<PyScorer>(m, "Scorer")
      .def(py::init<const std::string&, bool, const std::string&, const std::string&,
                    const std::string&, const std::string&,
                    const std::unordered_map<std::string, double>&, unsigned, const std::string&>(),
           py::arg("semantics"), py::arg("loose"), py::arg("policy"), py::arg("preprocess"),
           py::arg("start_marker"), py::arg("end_marker"), py::arg("weights"), py::arg("threads"),
           py::arg("ifbench_version") = "head")
      .def("add_ground_truth", &PyScorer::add_ground_truth, py::arg("text"))
      .def("add_row_json", &PyScorer::add_row_json, py::arg("text"))
      .def("add_ground_truths", &PyScorer::add_ground_truths, py::arg("texts"))
      .def("program_count", &PyScorer::program_count)
      .def("program_ids", &PyScorer::program_ids, py::arg("program"))
      .def("score", &PyScorer::score, py::arg("responses"), py::arg("programs"),
           py::arg("with_verdicts") = false)
      .def("explain", &PyScorer::explain, py::arg("response"), py::arg("program"));

  m.def("list_ids", &list_ids);
  m.def("describe", &describe, py::arg("id"));
  m.def(
      "set_nltk_data_dir", [](std::string dir) { precis::set_nltk_data_dir(std::move(dir)); },
      py::arg("dir"));
  m.def("nltk_data_dirs", &precis::nltk_data_dirs);
  m.def(
      "set_data_dir", [](std::string dir) { precis::set_data_dir(std::move(dir)); },
      py::arg("dir"));
  m.def("data_dirs", &precis::data_dirs);
  m.def("lint_file", &lint_file, py::arg("path"), py::arg("ground_truth"), py::arg("prompt_column"),
        py::arg("prompt_checks"), py::arg("conflict_table"), py::arg("semantics"),
        py::arg("responses"));
  m.def("lint_lines", &lint_lines, py::arg("lines"), py::arg("ground_truth"),
        py::arg("prompt_column"), py::arg("prompt_checks"), py::arg("conflict_table"),
        py::arg("semantics"), py::arg("responses"));
  m.def("hardware_threads", [] {
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1u : n;
  });
  m.attr("__version__") = PRECIS_VERSION;
}
