// precis: the command-line program.
//
//   precis eval  --input PROMPTS.jsonl --responses RESPONSES.jsonl [--semantics S] [--out DIR]
//   precis check --id ID [--kwargs JSON] [--semantics S] [--loose] < response.txt
//   precis list  [--json]
//   precis lint  FILE... [--ground-truth COLUMN] [--responses FILE] [--json] [--fail-on LEVEL]
//   precis refine --dataset FILE --rollouts FILE [--min-reward X] [--min-passing N] --out FILE
//
// Exit codes: 0 success; 1 a verdict failed or mismatches were found where asked; 2 bad usage
// or bad input.
#include <fmt/format.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "precis/evaluation.h"
#include "precis/lint.h"
#include "precis/program.h"
#include "precis/registry.h"
#include "precis/spec.h"
#include "text/data_dir.h"
#include "tools/bench.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

constexpr const char* kDataDirHelp =
    "precis data folder (overrides $PRECIS_DATA): nltk/ in NLTK's layout (Punkt, stopwords,\n"
    "POS tagger) and syllapy/data.csv; ../shared/data has this layout";

void apply_data_options(const std::string& nltk_data, const std::string& data_dir) {
  if (!nltk_data.empty()) precis::set_nltk_data_dir(nltk_data);
  if (!data_dir.empty()) precis::set_data_dir(data_dir);
}

int fail_input(const precis::Status& s) {
  fmt::print(stderr, "precis: error: {}\n", s.message());
  return kExitUsage;
}

precis::Semantics parse_semantics(const std::string& s) {
  return s == "reference" ? precis::Semantics::kReference : precis::Semantics::kPrecise;
}

precis::IfbenchVersion parse_ifbench_version(const std::string& s) {
  return s == "paper" ? precis::IfbenchVersion::kPaper : precis::IfbenchVersion::kHead;
}

class Progress {
 public:
  Progress(bool enabled, std::string label) : enabled_(enabled), label_(std::move(label)) {}
  void update(size_t done, size_t total) {
    if (!enabled_) return;
    size_t pct = total ? done * 100 / total : 100;
    if (pct == last_pct_ && done != total) return;
    last_pct_ = pct;
    constexpr size_t kWidth = 30;
    size_t filled = total ? done * kWidth / total : kWidth;
    fmt::print(stderr, "\r{} [{}{}] {}/{} ({}%)", label_, std::string(filled, '#'),
               std::string(kWidth - filled, '.'), done, total, pct);
    if (done == total) fmt::print(stderr, "\n");
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  std::string label_;
  size_t last_pct_ = 101;
};

// --- eval ---------------------------------------------------------------------------------

struct EvalArgs {
  std::string input, responses, semantics = "reference", out = ".", expect, nltk_data, data_dir,
                                ifbench_version = "head";
  bool progress = false, no_progress = false, no_write = false, skip_unanswered = false,
       strict_specs = false;
};

// True when some prompt has an IFBench id: the report then leads with IFBench's headline,
// prompt-level loose accuracy.
bool has_ifbench_ids(const std::vector<precis::EvaluatedPrompt>& results) {
  for (const auto& r : results)
    for (const auto& ins : r.spec.instructions) {
      const precis::VerifierInfo* info = precis::Registry::global().find(ins.id);
      if (info && info->suite == "IFBench") return true;
    }
  return false;
}

int compare_expected(const std::vector<precis::EvaluatedPrompt>& results, const std::string& path) {
  // reference_verdicts.jsonl rows: {key, index, instruction_id, strict, loose}.
  std::map<std::pair<int64_t, size_t>, std::pair<bool, bool>> expected;
  auto text = precis::read_file(path);
  if (!text.ok()) return fail_input(text.status());
  precis::Status s =
      precis::for_each_jsonl(*text, [&](size_t line, const precis::Value& row) -> precis::Status {
        const precis::Value* key = row.find("key");
        const precis::Value* index = row.find("index");
        const precis::Value* strict = row.find("strict");
        const precis::Value* loose = row.find("loose");
        if (!key || !key->is_int() || !index || !index->is_int() || !strict || !strict->is_bool() ||
            !loose || !loose->is_bool())
          return precis::invalid_argument(fmt::format(
              "line {}: expected {{key:int, index:int, strict:bool, loose:bool}}", line));
        expected[{key->as_int(), static_cast<size_t>(index->as_int())}] = {strict->as_bool(),
                                                                           loose->as_bool()};
        return {};
      });
  if (!s.ok()) return fail_input(s.with_context(path));
  size_t compared = 0, mismatches = 0;
  std::map<std::string, size_t> per_id;
  for (const auto& r : results) {
    if (!r.spec.key) continue;
    for (size_t i = 0; i < r.strict.size(); ++i) {
      auto it = expected.find({*r.spec.key, i});
      if (it == expected.end()) continue;
      ++compared;
      bool ok_strict = it->second.first == r.strict[i];
      bool ok_loose = it->second.second == r.loose[i];
      if (ok_strict && ok_loose) continue;
      ++mismatches;
      per_id[r.spec.instructions[i].id]++;
      fmt::print("mismatch key {} #{} {}: strict {} (expected {}), loose {} (expected {})\n",
                 *r.spec.key, i, r.spec.instructions[i].id, r.strict[i], it->second.first,
                 r.loose[i], it->second.second);
    }
  }
  fmt::print("compared {} instruction verdicts with {}: {} mismatch(es)\n", compared, path,
             mismatches);
  for (const auto& [id, n] : per_id)
    fmt::print("  {} {}\n", id, n);
  return mismatches ? kExitFindings : kExitOk;
}

int run_eval(const EvalArgs& a) {
  apply_data_options(a.nltk_data, a.data_dir);
  auto prompts = precis::load_prompts(a.input);
  if (!prompts.ok()) return fail_input(prompts.status());
  auto responses = precis::load_responses(a.responses);
  if (!responses.ok()) return fail_input(responses.status());
  bool show = a.progress || (!a.no_progress && isatty(STDERR_FILENO) && prompts->size() >= 100);
  Progress bar(show, "checking");
  precis::EvaluateOptions opts;
  opts.semantics = parse_semantics(a.semantics);
  opts.ifbench_version = parse_ifbench_version(a.ifbench_version);
  opts.progress = [&](size_t done, size_t total) { bar.update(done, total); };
  std::vector<std::string> unanswered;
  opts.skip_unanswered = a.skip_unanswered;
  opts.unanswered = &unanswered;
  std::vector<std::string> unbuildable;
  opts.unbuildable_fails = !a.strict_specs;
  opts.unbuildable = &unbuildable;
  auto results = precis::evaluate(*prompts, *responses, opts);
  if (!results.ok()) return fail_input(results.status());
  for (const std::string& u : unbuildable)
    fmt::print(stderr, "precis: warning: {} (counted as not followed; --strict-specs stops here)\n",
               u);
  if (!unanswered.empty()) {
    std::string list;
    for (size_t i = 0; i < unanswered.size() && i < 10; ++i)
      list += (i ? ", " : "") + unanswered[i];
    if (unanswered.size() > 10) list += ", ...";
    fmt::print(stderr, "precis: warning: {} of {} prompts have no response and were skipped: {}\n",
               unanswered.size(), prompts->size(), list);
  }

  if (!a.no_write) {
    std::error_code ec;
    std::filesystem::create_directories(a.out, ec);
    if (ec)
      return fail_input(
          precis::io_error(fmt::format("cannot create \"{}\": {}", a.out, ec.message())));
  }
  auto strict = precis::accuracy(*results, precis::Mode::kStrict);
  auto loose = precis::accuracy(*results, precis::Mode::kLoose);
  const bool ifbench = has_ifbench_ids(*results);
  if (ifbench)
    fmt::print(
        "IFBench headline ({} semantics, IFBench {}): prompt-level loose accuracy {:.4f} "
        "({}/{}); prompt-level strict {:.4f}\n\n",
        a.semantics, a.ifbench_version, loose.prompt_level(), loose.prompts_followed, loose.prompts,
        strict.prompt_level());
  // IFEval reports strict first; IFBench's headline is loose, so its report leads with loose.
  std::vector<std::pair<precis::Mode, const char*>> modes = {
      {precis::Mode::kStrict, "eval_results_strict"}, {precis::Mode::kLoose, "eval_results_loose"}};
  if (ifbench) std::swap(modes[0], modes[1]);
  for (auto [mode, name] : modes) {
    std::string path = (std::filesystem::path(a.out) / (std::string(name) + ".jsonl")).string();
    if (!a.no_write) {
      precis::Status s = precis::write_results(*results, mode, path);
      if (!s.ok()) return fail_input(s);
    }
    fmt::print("{}\n", precis::format_report(*results, mode, path));
  }
  fmt::print(
      "summary ({} semantics): prompt-level strict {}/{} loose {}/{}; instruction-level strict "
      "{}/{} loose {}/{}\n",
      a.semantics, strict.prompts_followed, strict.prompts, loose.prompts_followed, loose.prompts,
      strict.instructions_followed, strict.instructions, loose.instructions_followed,
      loose.instructions);
  if (!unbuildable.empty())
    fmt::print("{} instruction(s) could not be built and count as not followed (see stderr)\n",
               unbuildable.size());
  if (!a.expect.empty()) return compare_expected(*results, a.expect);
  return kExitOk;
}

// --- check --------------------------------------------------------------------------------

struct CheckArgs {
  std::string id, kwargs = "{}", semantics = "precise", nltk_data, data_dir, file,
                  ifbench_version = "head";
  bool loose = false;
};

int run_check(const CheckArgs& a) {
  apply_data_options(a.nltk_data, a.data_dir);
  auto kwargs = precis::parse_json(a.kwargs);
  if (!kwargs.ok()) return fail_input(kwargs.status().with_context("--kwargs"));
  precis::InstructionSpec spec{a.id, *kwargs};
  auto program = precis::Program::compile({spec}, parse_semantics(a.semantics),
                                          parse_ifbench_version(a.ifbench_version));
  if (!program.ok()) return fail_input(program.status());
  std::string response;
  if (a.file.empty() || a.file == "-") {
    response.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    auto text = precis::read_file(a.file);
    if (!text.ok()) return fail_input(text.status());
    response = std::move(text).value();
  }
  std::vector<bool> verdicts;
  program->check(response, a.loose ? precis::Mode::kLoose : precis::Mode::kStrict, verdicts);
  bool pass = verdicts.at(0);
  precis::Text text(response);
  std::string reason;
  if (text.blank()) {
    reason = "the response is empty or only whitespace";
  } else {
    reason = program->constraint(0).verdict(text).reason;
    if (a.loose) reason += " (strict reading; loose tries 8 variants)";
  }
  fmt::print("{}: {} [{} semantics{}]\n", pass ? "PASS" : "FAIL", reason, a.semantics,
             a.loose ? ", loose" : "");
  return pass ? kExitOk : kExitFindings;
}

// --- list ---------------------------------------------------------------------------------

int run_list(bool json) {
  const auto& infos = precis::Registry::global().all();
  if (json) {
    std::string out = "[\n";
    for (size_t i = 0; i < infos.size(); ++i) {
      const auto& info = infos[i];
      out += "  {\"id\": ";
      precis::append_json_string(out, info.id);
      out += ", \"family\": ";
      precis::append_json_string(out, std::string(info.family()));
      out += ", \"suite\": ";
      precis::append_json_string(out, info.suite);
      out += ", \"summary\": ";
      precis::append_json_string(out, info.summary);
      out += ", \"kwargs\": [";
      for (size_t k = 0; k < info.kwargs.size(); ++k) {
        const auto& kw = info.kwargs[k];
        if (k) out += ", ";
        out += "{\"name\": ";
        precis::append_json_string(out, kw.name);
        out += ", \"type\": ";
        precis::append_json_string(out, std::string(precis::kwarg_type_name(kw.type)));
        out += fmt::format(", \"required\": {}", kw.required ? "true" : "false");
        if (kw.min) out += fmt::format(", \"min\": {}", *kw.min);
        if (!kw.allowed.empty()) {
          out += ", \"allowed\": [";
          for (size_t j = 0; j < kw.allowed.size(); ++j) {
            if (j) out += ", ";
            precis::append_json_string(out, kw.allowed[j]);
          }
          out += "]";
        }
        out += ", \"doc\": ";
        precis::append_json_string(out, kw.doc);
        out += "}";
      }
      out += "], \"conflicts\": [";
      for (size_t j = 0; j < info.conflicts.size(); ++j) {
        if (j) out += ", ";
        precis::append_json_string(out, info.conflicts[j]);
      }
      out += "], \"precise_differences\": [";
      for (size_t j = 0; j < info.precise_differences.size(); ++j) {
        if (j) out += ", ";
        precis::append_json_string(out, info.precise_differences[j]);
      }
      out += "]}";
      out += i + 1 < infos.size() ? ",\n" : "\n";
    }
    out += "]\n";
    fmt::print("{}", out);
    return kExitOk;
  }
  for (const auto& info : infos) {
    std::string kw;
    for (const auto& k : info.kwargs) {
      if (!kw.empty()) kw += ", ";
      kw += fmt::format("{}: {}", k.name, precis::kwarg_type_name(k.type));
      if (!k.allowed.empty() && k.allowed.size() <= 4) {
        std::string vals;
        for (const auto& v : k.allowed)
          vals += (vals.empty() ? "" : "|") + v;
        kw += fmt::format(" ({})", vals);
      }
    }
    fmt::print("{:<48} {:<8} {}\n", info.id, info.suite, info.summary);
    if (!kw.empty()) fmt::print("{:<48} {:<8}   kwargs: {}\n", "", "", kw);
  }
  fmt::print("\n{} instruction ids\n", infos.size());
  return kExitOk;
}

// --- lint ---------------------------------------------------------------------------------

struct LintArgs {
  std::vector<std::string> files;
  std::string ground_truth, prompt_column = "prompt", responses, fail_on = "error",
                            semantics = "precise", nltk_data, data_dir;
  bool json = false, progress = false, no_progress = false, no_prompt_checks = false,
       conflict_table = false;
};

int run_lint(const LintArgs& a) {
  apply_data_options(a.nltk_data, a.data_dir);
  precis::LintOptions opts;
  opts.ground_truth_column = a.ground_truth;
  opts.prompt_column = a.prompt_column;
  opts.prompt_checks = !a.no_prompt_checks;
  opts.conflict_table = a.conflict_table;
  opts.semantics = parse_semantics(a.semantics);
  precis::Linter linter(opts);
  if (!a.responses.empty()) {
    precis::Status s = linter.load_responses(a.responses);
    if (!s.ok()) return fail_input(s);
  }
  std::vector<precis::Finding> findings;
  for (const auto& file : a.files) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    bool show =
        a.progress || (!a.no_progress && isatty(STDERR_FILENO) && !ec && size >= (8u << 20));
    Progress bar(show, "linting " + file);
    size_t first = findings.size();
    precis::Status s = linter.lint_file(file, findings, [&](uint64_t done, uint64_t total) {
      bar.update(done >> 10, total >> 10);
    });
    if (!s.ok()) return fail_input(s);
    if (a.json)
      for (size_t i = first; i < findings.size(); ++i)
        fmt::print("{}\n", precis::finding_to_json(findings[i]));
  }
  if (!a.json) fmt::print("{}", precis::format_lint_report(findings, linter.rows()));
  bool fail = false;
  for (const auto& f : findings)
    if (f.level == precis::LintLevel::kError || a.fail_on == "warning") fail = true;
  if (a.fail_on == "never") fail = false;
  return fail ? kExitFindings : kExitOk;
}

// --- refine -------------------------------------------------------------------------------

struct RefineArgs {
  std::string dataset, rollouts, out, ground_truth, prompt_column = "prompt", semantics = "precise",
                                                    policy = "all", preprocess = "none", nltk_data,
                                                    data_dir;
  double min_reward = 0.0;
  size_t min_passing = 1;
  bool loose = false, open_instruct = false;
};

int run_refine(const RefineArgs& a) {
  apply_data_options(a.nltk_data, a.data_dir);
  precis::RefineOptions opts;
  if (a.open_instruct) {
    opts.score = precis::ScoreOptions::open_instruct();
  } else {
    opts.score.semantics = parse_semantics(a.semantics);
    opts.score.mode = a.loose ? precis::Mode::kLoose : precis::Mode::kStrict;
    opts.score.policy =
        a.policy == "fraction" ? precis::RewardPolicy::kFraction : precis::RewardPolicy::kAll;
    opts.score.preprocess =
        a.preprocess == "think" ? precis::Preprocess::kThink : precis::Preprocess::kNone;
  }
  opts.score.threads = 1;
  opts.min_reward = a.min_reward;
  opts.min_passing = a.min_passing;
  opts.ground_truth_column = a.ground_truth;
  opts.prompt_column = a.prompt_column;
  auto stats = precis::refine(a.dataset, a.rollouts, a.out, opts);
  if (!stats.ok()) return fail_input(stats.status());
  fmt::print("{}", precis::format_refine_report(*stats));
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "precis: exact, fast checkers for verifiable instruction-following constraints.\n\n"
      "Examples:\n"
      "  precis eval --input examples/prompts.jsonl --responses examples/responses.jsonl\n"
      "  echo 'hello world' | precis check --id punctuation:no_comma\n"
      "  precis check --id length_constraints:number_words \\\n"
      "      --kwargs '{\"num_words\": 5, \"relation\": \"at least\"}' < answer.txt\n"
      "  precis list --json\n"
      "  precis lint data/ifeval/input_data.jsonl\n"
      "  precis refine --dataset train.jsonl --rollouts pilot.jsonl --out kept.jsonl\n"
      "  precis bench --input prompts.jsonl --responses responses.jsonl\n\n"
      "Semantics: `reference` reproduces the upstream checkers verdict for verdict (to match\n"
      "published numbers); `precise` follows each instruction's plain meaning "
      "(docs/semantics.md).\n"
      "Data: Punkt parameters, stopwords and the POS tagger are read from an NLTK folder\n"
      "($NLTK_DATA or --nltk-data), or from nltk/ in a precis data folder ($PRECIS_DATA or\n"
      "--data-dir), which also holds syllapy/data.csv. Example: PRECIS_DATA=../shared/data.\n"
      "Exit codes: 0 success, 1 a verdict failed or mismatches found, 2 bad usage or input."};
  app.require_subcommand(1);
  const std::vector<std::string> kSemantics = {"reference", "precise"};

  EvalArgs eval_args;
  auto* eval = app.add_subcommand(
      "eval",
      "Score responses against IFEval-style prompts; print the upstream report (strict and loose,\n"
      "prompt- and instruction-level, per family and per id) and write eval_results_strict.jsonl\n"
      "and eval_results_loose.jsonl in the upstream format.");
  eval->add_option("--input", eval_args.input,
                   "prompts: JSONL rows {key, prompt, instruction_id_list, kwargs}")
      ->required()
      ->check(CLI::ExistingFile);
  eval->add_option("--responses", eval_args.responses,
                   "responses: JSONL rows {prompt, response}, joined on the prompt text")
      ->required()
      ->check(CLI::ExistingFile);
  eval->add_option("--semantics", eval_args.semantics,
                   "reference (upstream IFEval, default for eval) or precise")
      ->check(CLI::IsMember(kSemantics));
  eval->add_option("--ifbench-version", eval_args.ifbench_version,
                   "upstream IFBench version that `reference` reproduces for IFBench ids: head "
                   "(default, current code) or paper (commit c94da02, the paper's numbers)")
      ->check(CLI::IsMember(std::vector<std::string>{"head", "paper"}));
  eval->add_option("--out", eval_args.out, "folder for eval_results_*.jsonl (default: .)");
  eval->add_flag("--no-write", eval_args.no_write, "print the report only; write no files");
  eval->add_flag("--strict-specs", eval_args.strict_specs,
                 "stop at the first instruction that cannot be built (unknown id, bad kwargs, a\n"
                 "value on which upstream draws at random); by default such an instruction is\n"
                 "counted as not followed and reported on stderr");
  eval->add_flag("--skip-unanswered", eval_args.skip_unanswered,
                 "skip prompts that have no response, with a warning (current IFBench does;\n"
                 "without it a prompt with no response is an error)");
  eval->add_option("--expect", eval_args.expect,
                   "compare with per-instruction verdicts {key, index, strict, loose} (JSONL);\n"
                   "list mismatches and exit 1 if any")
      ->check(CLI::ExistingFile);
  eval->add_option("--nltk-data", eval_args.nltk_data,
                   "NLTK data folder (overrides $NLTK_DATA) for Punkt parameters");
  eval->add_option("--data-dir", eval_args.data_dir, kDataDirHelp);
  eval->add_flag("--progress", eval_args.progress, "always show a progress bar on stderr");
  eval->add_flag("--no-progress", eval_args.no_progress, "never show a progress bar");

  CheckArgs check_args;
  auto* check = app.add_subcommand(
      "check",
      "Check one response (stdin or --file) against one instruction; print the verdict "
      "and its reason.\nExit 0 when it passes, 1 when it fails.");
  check->add_option("--id", check_args.id, "instruction id (see `precis list`)")->required();
  check->add_option("--kwargs", check_args.kwargs, "kwargs as a JSON object (default: {})");
  check->add_option("--semantics", check_args.semantics, "precise (default) or reference")
      ->check(CLI::IsMember(kSemantics));
  check->add_flag("--loose", check_args.loose, "IFEval's loose reading (8 response variants)");
  check
      ->add_option("--ifbench-version", check_args.ifbench_version,
                   "upstream IFBench version that `reference` reproduces for IFBench ids: head "
                   "(default, current code) or paper (commit c94da02, the paper's numbers)")
      ->check(CLI::IsMember(std::vector<std::string>{"head", "paper"}));
  check->add_option("--file", check_args.file, "read the response from FILE instead of stdin");
  check->add_option("--nltk-data", check_args.nltk_data, "NLTK data folder (overrides $NLTK_DATA)");
  check->add_option("--data-dir", check_args.data_dir, kDataDirHelp);

  bool list_json = false;
  auto* list = app.add_subcommand("list", "List every instruction id with its summary and kwargs.");
  list->add_flag("--json", list_json, "machine-readable output (the registry's metadata)");

  LintArgs lint_args;
  auto* lint = app.add_subcommand(
      "lint",
      "Test a prompt dataset the way a test suite tests code: unknown ids, bad kwargs, duplicate\n"
      "or contradictory constraints (errors); prompts whose text disagrees with their kwargs or\n"
      "states instructions no constraint checks (warnings). Streams the files. Exit 1 when\n"
      "findings at the --fail-on level exist. Every finding kind: docs/lint.md.");
  lint->add_option("files", lint_args.files, "JSONL files (IFEval rows, or --ground-truth rows)")
      ->required()
      ->check(CLI::ExistingFile);
  lint->add_option("--ground-truth", lint_args.ground_truth,
                   "rows hold an open-instruct ground truth in this column (e.g. ground_truth)");
  lint->add_option("--prompt-column", lint_args.prompt_column,
                   "the prompt text: a string or a chat list (default: prompt, then messages)");
  lint->add_option("--responses", lint_args.responses,
                   "reference responses {key or prompt, response} (JSONL) that must satisfy "
                   "their rows")
      ->check(CLI::ExistingFile);
  lint->add_option("--semantics", lint_args.semantics,
                   "for --responses and kwargs validation: precise (default) or reference")
      ->check(CLI::IsMember(kSemantics));
  lint->add_option("--fail-on", lint_args.fail_on,
                   "exit 1 on findings at this level: error (default), warning, never")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  lint->add_flag("--json", lint_args.json, "one JSON object per finding (JSONL), no report");
  lint->add_flag("--no-prompt-checks", lint_args.no_prompt_checks,
                 "skip the comparison of prompt text and kwargs (warnings)");
  lint->add_flag("--conflict-table", lint_args.conflict_table,
                 "also warn on pairs of IFEval's generation-time conflict table that precis can\n"
                 "neither prove impossible nor possible");
  lint->add_option("--nltk-data", lint_args.nltk_data, "NLTK data folder (overrides $NLTK_DATA)");
  lint->add_option("--data-dir", lint_args.data_dir, kDataDirHelp);
  lint->add_flag("--progress", lint_args.progress, "always show a progress bar on stderr");
  lint->add_flag("--no-progress", lint_args.no_progress, "never show a progress bar");
  lint->footer(
      "Examples:\n"
      "  precis lint data/ifeval/input_data.jsonl\n"
      "  precis lint --json --fail-on warning train.jsonl > findings.jsonl\n"
      "  precis lint --ground-truth ground_truth --prompt-column messages rlvr.jsonl\n"
      "  precis lint prompts.jsonl --responses reference_answers.jsonl");

  RefineArgs refine_args;
  auto* refine = app.add_subcommand(
      "refine",
      "The pilot-run filter: score rollouts {key or prompt, response} (several per prompt) with\n"
      "each row's constraints and keep the prompts with at least --min-passing rollouts whose\n"
      "reward is above --min-reward. Kept rows are written unchanged, in their order.");
  refine->add_option("--dataset", refine_args.dataset, "the prompt dataset (JSONL)")
      ->required()
      ->check(CLI::ExistingFile);
  refine
      ->add_option("--rollouts", refine_args.rollouts,
                   "pilot rollouts: JSONL {key or prompt, response}")
      ->required()
      ->check(CLI::ExistingFile);
  refine->add_option("--out", refine_args.out, "where the kept rows go (JSONL)")->required();
  refine->add_option("--min-reward", refine_args.min_reward,
                     "a rollout counts when its reward is above this (default 0)");
  refine->add_option("--min-passing", refine_args.min_passing,
                     "keep prompts with at least this many counting rollouts (default 1)");
  refine->add_option("--ground-truth", refine_args.ground_truth,
                     "dataset rows hold an open-instruct ground truth in this column");
  refine->add_option("--prompt-column", refine_args.prompt_column,
                     "the prompt text column (default: prompt, then messages)");
  refine->add_option("--semantics", refine_args.semantics, "precise (default) or reference")
      ->check(CLI::IsMember(kSemantics));
  refine->add_option("--policy", refine_args.policy, "reward: all (default) or fraction")
      ->check(CLI::IsMember({"all", "fraction"}));
  refine->add_option("--preprocess", refine_args.preprocess, "none (default) or think")
      ->check(CLI::IsMember({"none", "think"}));
  refine->add_flag("--loose", refine_args.loose, "IFEval's loose reading");
  refine->add_flag("--open-instruct", refine_args.open_instruct,
                   "open-instruct's IFEvalVerifier reward (reference, strict, think, fraction)");
  refine->add_option("--nltk-data", refine_args.nltk_data, "NLTK data folder");
  refine->add_option("--data-dir", refine_args.data_dir, kDataDirHelp);
  refine->footer(
      "Examples:\n"
      "  precis refine --dataset train.jsonl --rollouts pilot.jsonl --out kept.jsonl\n"
      "  precis refine --dataset rlvr.jsonl --ground-truth ground_truth --open-instruct \\\n"
      "      --rollouts pilot.jsonl --min-reward 0.5 --min-passing 2 --out kept.jsonl");

  precis::tools::BenchArgs bench_args;
  std::string bench_nltk_data, bench_data_dir;
  auto* bench = app.add_subcommand(
      "bench",
      "Measure precis on your data: checks/s per core and MB/s over all checks on one thread,\n"
      "and what each id costs per check. Times are thread CPU time, the median of 5 rounds, so\n"
      "other jobs on the machine distort them less than wall time. Without files it measures\n"
      "the bundled example.");
  bench
      ->add_option("--input", bench_args.input,
                   "prompts: JSONL rows {key, prompt, instruction_id_list, kwargs}")
      ->check(CLI::ExistingFile);
  bench
      ->add_option("--responses", bench_args.responses,
                   "responses: JSONL rows {prompt, response}, joined on the prompt text")
      ->check(CLI::ExistingFile);
  bench->add_option("--semantics", bench_args.semantics, "precise (default) or reference")
      ->check(CLI::IsMember(kSemantics));
  bench
      ->add_option("--ifbench-version", bench_args.ifbench_version,
                   "upstream IFBench version for `reference` on IFBench ids: head or paper")
      ->check(CLI::IsMember(std::vector<std::string>{"head", "paper"}));
  bench
      ->add_option("--min-time", bench_args.min_time,
                   "CPU seconds for the all-checks figure (default 0.5; each id gets a tenth)")
      ->check(CLI::PositiveNumber);
  bench->add_option("--top", bench_args.top, "rows of the per-id table (default: all)");
  bench->add_flag("--json", bench_args.json, "one JSON object instead of the report");
  bench->add_option("--nltk-data", bench_nltk_data, "NLTK data folder (overrides $NLTK_DATA)");
  bench->add_option("--data-dir", bench_data_dir, kDataDirHelp);
  bench->footer(
      "Examples:\n"
      "  precis bench\n"
      "  precis bench --input prompts.jsonl --responses responses.jsonl --top 20\n"
      "  PRECIS_DATA=../shared/data precis bench --semantics reference \\\n"
      "      --input ../shared/data/ifeval/input_data.jsonl \\\n"
      "      --responses ../shared/data/ifeval/responses_gpt4.jsonl");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (*eval) return run_eval(eval_args);
  if (*check) return run_check(check_args);
  if (*list) return run_list(list_json);
  if (*lint) return run_lint(lint_args);
  if (*refine) return run_refine(refine_args);
  if (*bench) {
    apply_data_options(bench_nltk_data, bench_data_dir);
    if (bench_args.input.empty() != bench_args.responses.empty()) {
      fmt::print(stderr, "precis: error: bench needs both --input and --responses, or neither\n");
      return kExitUsage;
    }
    if (bench_args.input.empty()) {
      bench_args.input = std::string(PRECIS_EXAMPLE_DIR) + "/prompts.jsonl";
      bench_args.responses = std::string(PRECIS_EXAMPLE_DIR) + "/responses.jsonl";
      if (!std::filesystem::exists(bench_args.input)) {
        fmt::print(stderr,
                   "precis: error: the bundled example ({}) is not here; pass --input and "
                   "--responses\n",
                   bench_args.input);
        return kExitUsage;
      }
    }
    return precis::tools::run_bench(bench_args);
  }
  return kExitUsage;
}
