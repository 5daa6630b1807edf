// precis: the command-line program.
//
//   precis eval  --input PROMPTS.jsonl --responses RESPONSES.jsonl [--semantics S] [--out DIR]
//   precis check --id ID [--kwargs JSON] [--semantics S] [--loose] < response.txt
//   precis list  [--json]
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

#include "precis/evaluation.h"
#include "precis/program.h"
#include "precis/registry.h"
#include "precis/spec.h"
#include "text/data_dir.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

int fail_input(const precis::Status& s) {
  fmt::print(stderr, "precis: error: {}\n", s.message());
  return kExitUsage;
}

precis::Semantics parse_semantics(const std::string& s) {
  return s == "reference" ? precis::Semantics::kReference : precis::Semantics::kPrecise;
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
  std::string input, responses, semantics = "reference", out = ".", expect, nltk_data;
  bool progress = false, no_progress = false, no_write = false;
};

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
  if (!a.nltk_data.empty()) precis::set_nltk_data_dir(a.nltk_data);
  auto prompts = precis::load_prompts(a.input);
  if (!prompts.ok()) return fail_input(prompts.status());
  auto responses = precis::load_responses(a.responses);
  if (!responses.ok()) return fail_input(responses.status());
  bool show = a.progress || (!a.no_progress && isatty(STDERR_FILENO) && prompts->size() >= 100);
  Progress bar(show, "checking");
  precis::EvaluateOptions opts;
  opts.semantics = parse_semantics(a.semantics);
  opts.progress = [&](size_t done, size_t total) { bar.update(done, total); };
  auto results = precis::evaluate(*prompts, *responses, opts);
  if (!results.ok()) return fail_input(results.status());

  if (!a.no_write) {
    std::error_code ec;
    std::filesystem::create_directories(a.out, ec);
    if (ec)
      return fail_input(
          precis::io_error(fmt::format("cannot create \"{}\": {}", a.out, ec.message())));
  }
  for (auto [mode, name] : {std::pair{precis::Mode::kStrict, "eval_results_strict"},
                            std::pair{precis::Mode::kLoose, "eval_results_loose"}}) {
    std::string path = (std::filesystem::path(a.out) / (std::string(name) + ".jsonl")).string();
    if (!a.no_write) {
      precis::Status s = precis::write_results(*results, mode, path);
      if (!s.ok()) return fail_input(s);
    }
    fmt::print("{}\n", precis::format_report(*results, mode, path));
  }
  auto strict = precis::accuracy(*results, precis::Mode::kStrict);
  auto loose = precis::accuracy(*results, precis::Mode::kLoose);
  fmt::print(
      "summary ({} semantics): prompt-level strict {}/{} loose {}/{}; instruction-level strict "
      "{}/{} loose {}/{}\n",
      a.semantics, strict.prompts_followed, strict.prompts, loose.prompts_followed, loose.prompts,
      strict.instructions_followed, strict.instructions, loose.instructions_followed,
      loose.instructions);
  if (!a.expect.empty()) return compare_expected(*results, a.expect);
  return kExitOk;
}

// --- check --------------------------------------------------------------------------------

struct CheckArgs {
  std::string id, kwargs = "{}", semantics = "precise", nltk_data, file;
  bool loose = false;
};

int run_check(const CheckArgs& a) {
  if (!a.nltk_data.empty()) precis::set_nltk_data_dir(a.nltk_data);
  auto kwargs = precis::parse_json(a.kwargs);
  if (!kwargs.ok()) return fail_input(kwargs.status().with_context("--kwargs"));
  precis::InstructionSpec spec{a.id, *kwargs};
  auto program = precis::Program::compile({spec}, parse_semantics(a.semantics));
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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "precis: exact, fast checkers for verifiable instruction-following constraints.\n\n"
      "Examples:\n"
      "  precis eval --input examples/prompts.jsonl --responses examples/responses.jsonl\n"
      "  echo 'hello world' | precis check --id punctuation:no_comma\n"
      "  precis check --id length_constraints:number_words \\\n"
      "      --kwargs '{\"num_words\": 5, \"relation\": \"at least\"}' < answer.txt\n"
      "  precis list --json\n\n"
      "Semantics: `reference` reproduces the upstream checkers verdict for verdict (to match\n"
      "published numbers); `precise` follows each instruction's plain meaning "
      "(docs/semantics.md).\n"
      "Data: Punkt sentence parameters are read from $NLTK_DATA (NLTK's layout) or --nltk-data.\n"
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
  eval->add_option("--out", eval_args.out, "folder for eval_results_*.jsonl (default: .)");
  eval->add_flag("--no-write", eval_args.no_write, "print the report only; write no files");
  eval->add_option("--expect", eval_args.expect,
                   "compare with per-instruction verdicts {key, index, strict, loose} (JSONL);\n"
                   "list mismatches and exit 1 if any")
      ->check(CLI::ExistingFile);
  eval->add_option("--nltk-data", eval_args.nltk_data,
                   "NLTK data folder (overrides $NLTK_DATA) for Punkt parameters");
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
  check->add_option("--file", check_args.file, "read the response from FILE instead of stdin");
  check->add_option("--nltk-data", check_args.nltk_data, "NLTK data folder (overrides $NLTK_DATA)");

  bool list_json = false;
  auto* list = app.add_subcommand("list", "List every instruction id with its summary and kwargs.");
  list->add_flag("--json", list_json, "machine-readable output (the registry's metadata)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (*eval) return run_eval(eval_args);
  if (*check) return run_check(check_args);
  if (*list) return run_list(list_json);
  return kExitUsage;
}
