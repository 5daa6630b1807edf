// Placeholder until the Punkt port lands: breaks after . ? ! followed by whitespace.
#include "text/punkt.h"

#include "text/unicode.h"

namespace precis::text {

Result<PunktParams> PunktParams::load(const std::string& dir) {
  (void)dir;
  return fallback();
}

PunktParams PunktParams::fallback() {
  PunktParams p;
  p.builtin = true;
  return p;
}

const PunktParams& english_punkt() {
  static const PunktParams params = PunktParams::fallback();
  return params;
}

void punkt_sentences(std::string_view text, const PunktParams& params, std::vector<Span>& out) {
  (void)params;
  size_t start = 0;
  auto skip_space = [&](size_t i) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
      ++i;
    return i;
  };
  start = skip_space(0);
  for (size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() &&
        (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i + 1)});
      start = skip_space(i + 1);
      i = start - 1;
    }
  }
  std::string_view rest = py_rstrip(text.substr(start));
  if (!rest.empty())
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(start + rest.size())});
}

}  // namespace precis::text
