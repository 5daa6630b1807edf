#include "verifiers/punctuation/forbidden_mark.h"

#include "text/unicode.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::punctuation {

bool NoMark::check(const Text& text, Reason* why) const noexcept {
  std::string_view raw = text.raw();
  if (precise_ && matching::blank(text)) {
    if (why) why->set("the response is blank");
    return false;
  }
  size_t pos = raw.find(mark_.ascii);
  if (pos != std::string_view::npos) {
    if (why) why->set("found the {} '{}' at byte {}", mark_.name, mark_.ascii, pos);
    return false;
  }
  if (precise_) {
    const char* begin = raw.data();
    const char* end = begin + raw.size();
    for (const char* p = begin; p < end;) {
      if (static_cast<unsigned char>(*p) < 0x80) {
        ++p;
        continue;
      }
      auto d = text::decode(p, end);
      for (size_t i = 0; i < mark_.lookalike_count; ++i) {
        if (d.cp == mark_.lookalikes[i]) {
          if (why)
            why->set("found U+{:04X}, a look-alike of the {} '{}', at byte {}",
                     static_cast<unsigned>(d.cp), mark_.name, mark_.ascii, p - begin);
          return false;
        }
      }
      p += d.len;
    }
  }
  if (why) why->set("no {}", mark_.name);
  return true;
}

}  // namespace precis::verifiers::punctuation
