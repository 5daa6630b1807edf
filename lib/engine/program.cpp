#include "precis/program.h"

#include <fmt/format.h>

#include "text/unicode.h"

namespace precis {

std::array<std::string, 8> loose_variants(std::string_view response) {
  // Lines split on '\n' only ('\r' stays in lines), as Python's str.split("\n").
  size_t first_nl = response.find('\n');
  size_t last_nl = response.rfind('\n');
  std::string_view drop_first, drop_last, drop_both;
  if (first_nl == std::string_view::npos) {
    // One line: every dropped variant is empty.
  } else {
    drop_first = response.substr(first_nl + 1);
    drop_last = response.substr(0, last_nl);
    if (first_nl != last_nl) drop_both = response.substr(first_nl + 1, last_nl - first_nl - 1);
  }
  auto no_stars = [](std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
      if (c != '*') out.push_back(c);
    return out;
  };
  std::string rf(text::py_strip(drop_first));
  std::string rl(text::py_strip(drop_last));
  std::string rb(text::py_strip(drop_both));
  return {std::string(response), no_stars(response), rf,          rl, rb,
          no_stars(rf),          no_stars(rl),       no_stars(rb)};
}

Result<Program> Program::compile(const std::vector<InstructionSpec>& instructions,
                                 Semantics semantics, IfbenchVersion ifbench_version) {
  Program p;
  p.semantics_ = semantics;
  const Registry& registry = Registry::global();
  for (size_t i = 0; i < instructions.size(); ++i) {
    auto c = registry.build(instructions[i].id, instructions[i].kwargs, semantics, ifbench_version);
    if (!c.ok()) return c.status().with_context(fmt::format("instruction {}", i));
    p.ids_.push_back(instructions[i].id);
    p.constraints_.push_back(std::move(c).value());
  }
  return p;
}

void Program::check(std::string_view response, Mode mode, std::vector<bool>& out) const {
  out.assign(constraints_.size(), false);
  if (mode == Mode::kStrict) {
    Text text(response);
    if (text.blank()) return;
    for (size_t i = 0; i < constraints_.size(); ++i)
      out[i] = constraints_[i]->check(text, nullptr);
    return;
  }
  auto variants = loose_variants(response);
  for (const std::string& v : variants) {
    Text text(v);
    if (text.blank()) continue;
    for (size_t i = 0; i < constraints_.size(); ++i)
      if (!out[i]) out[i] = constraints_[i]->check(text, nullptr);
  }
}

}  // namespace precis
