#include "text/pos_tagger.h"

#include <simdjson.h>

#include <fmt/format.h>

#include "precis/status.h"
#include "text/data_dir.h"
#include "text/unicode.h"

namespace precis::text {
namespace {

constexpr std::string_view kFilePrefix = "averaged_perceptron_tagger_eng";

// Python's str.isdigit() for one code point: Numeric_Type Decimal (Nd) or Digit.
bool is_py_digit(char32_t c) noexcept {
  if ((flags(c) & kDigit) != 0) return true;
  struct R {
    char32_t lo, hi;
  };
  static constexpr R kDigitType[] = {
      {0x00B2, 0x00B3},   {0x00B9, 0x00B9},   {0x1369, 0x1371},   {0x19DA, 0x19DA},
      {0x2070, 0x2070},   {0x2074, 0x2079},   {0x2080, 0x2089},   {0x2460, 0x2468},
      {0x2474, 0x247C},   {0x2488, 0x2490},   {0x24EA, 0x24EA},   {0x24F5, 0x24FD},
      {0x24FF, 0x24FF},   {0x2776, 0x277E},   {0x2780, 0x2788},   {0x278A, 0x2792},
      {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1F100, 0x1F10A}};
  for (const R& r : kDigitType)
    if (c >= r.lo && c <= r.hi) return true;
  return false;
}

// The last three code points of `s` (Python s[-3:]).
std::string_view last3(std::string_view s) noexcept {
  const char* begin = s.data();
  const char* p = begin + s.size();
  for (int i = 0; i < 3 && p > begin; ++i)
    p -= decode_before(begin, p).len;
  return std::string_view(p, static_cast<size_t>(begin + s.size() - p));
}

// The first code point of `s` (Python s[0]).
std::string_view first1(std::string_view s) noexcept {
  if (s.empty()) return s;
  return s.substr(0, decode(s.data(), s.data() + s.size()).len);
}

Status file_error(const std::string& path, std::string_view what) {
  return parse_error(fmt::format("POS tagger model file {}: {}", path, what));
}

}  // namespace

size_t PosTagger::Hash::operator()(std::string_view s) const noexcept {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

void pos_normalize(std::string_view word, std::string& out) {
  out.clear();
  if (word.find('-') != std::string_view::npos && word[0] != '-') {
    out = "!HYPHEN";
    return;
  }
  size_t cps = 0;
  bool all_digits = !word.empty();
  bool first_digit = false;
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto d = decode(p, end);
    bool digit = is_py_digit(d.cp);
    if (cps == 0) first_digit = digit;
    if (!digit) all_digits = false;
    ++cps;
    p += d.len;
  }
  if (all_digits && cps == 4) {
    out = "!YEAR";
  } else if (first_digit) {
    out = "!DIGITS";
  } else {
    py_lower(word, out);
  }
}

Result<std::shared_ptr<const PosTagger>> PosTagger::load(const std::string& dir) {
  auto tagger = std::make_shared<PosTagger>();
  auto path_of = [&](std::string_view kind) {
    return fmt::format("{}/{}.{}.json", dir, kFilePrefix, kind);
  };
  try {
    simdjson::dom::parser parser;
    // classes: a list of tag strings.
    {
      const std::string path = path_of("classes");
      simdjson::dom::element doc;
      auto err = parser.load(path).get(doc);
      if (err == simdjson::IO_ERROR) return not_found(fmt::format("{} is missing", path));
      if (err) return file_error(path, simdjson::error_message(err));
      simdjson::dom::array arr;
      if (doc.get_array().get(arr)) return file_error(path, "expected a list of tags");
      for (auto e : arr) {
        std::string_view tag;
        if (e.get_string().get(tag)) return file_error(path, "a tag is not a string");
        tagger->classes_.emplace_back(tag);
      }
      if (tagger->classes_.empty() || tagger->classes_.size() > 60000)
        return file_error(path, "no tags");
    }
    std::unordered_map<std::string_view, int> ids;
    for (size_t i = 0; i < tagger->classes_.size(); ++i)
      ids.emplace(tagger->classes_[i], static_cast<int>(i));
    auto class_id = [&](std::string_view tag) -> int {
      auto it = ids.find(tag);
      return it == ids.end() ? -1 : it->second;
    };
    // tagdict: word -> tag.
    {
      const std::string path = path_of("tagdict");
      simdjson::dom::element doc;
      auto err = parser.load(path).get(doc);
      if (err == simdjson::IO_ERROR) return not_found(fmt::format("{} is missing", path));
      if (err) return file_error(path, simdjson::error_message(err));
      simdjson::dom::object obj;
      if (doc.get_object().get(obj)) return file_error(path, "expected an object");
      for (auto field : obj) {
        std::string_view tag;
        if (field.value.get_string().get(tag)) return file_error(path, "a tag is not a string");
        tagger->tagdict_.insert_or_assign(std::string(field.key), std::string(tag));
      }
    }
    // weights: feature -> {tag: weight}, kept in file order.
    {
      const std::string path = path_of("weights");
      simdjson::dom::element doc;
      auto err = parser.load(path).get(doc);
      if (err == simdjson::IO_ERROR) return not_found(fmt::format("{} is missing", path));
      if (err) return file_error(path, simdjson::error_message(err));
      simdjson::dom::object obj;
      if (doc.get_object().get(obj)) return file_error(path, "expected an object");
      tagger->features_.reserve(obj.size());
      for (auto field : obj) {
        simdjson::dom::object per;
        if (field.value.get_object().get(per))
          return file_error(path, "a feature's weights are not an object");
        Range r;
        r.begin = static_cast<uint32_t>(tagger->weights_.size());
        for (auto w : per) {
          double weight = 0;
          if (w.value.get_double().get(weight)) return file_error(path, "a weight is not a number");
          int id = class_id(w.key);
          // A tag outside the class list never wins (NLTK takes the best of its classes).
          if (id < 0) continue;
          tagger->weights_.emplace_back(static_cast<uint16_t>(id), weight);
        }
        r.end = static_cast<uint32_t>(tagger->weights_.size());
        // json.load keeps the last of duplicate keys.
        tagger->features_.insert_or_assign(std::string(field.key), r);
      }
    }
  } catch (const std::bad_alloc&) {
    return io_error("out of memory while loading the POS tagger model");
  }
  return std::shared_ptr<const PosTagger>(std::move(tagger));
}

std::string_view PosTagger::tag_first(const std::vector<std::string_view>& tokens) const {
  if (tokens.empty()) return {};
  std::string_view word = tokens[0];
  if (auto it = tagdict_.find(word); it != tagdict_.end() && !it->second.empty()) return it->second;

  thread_local std::string w0, w1, w2, feature;
  thread_local std::vector<double> scores;
  pos_normalize(word, w0);
  if (tokens.size() > 1)
    pos_normalize(tokens[1], w1);
  else
    w1 = "-END-";
  if (tokens.size() > 2)
    pos_normalize(tokens[2], w2);
  else
    w2 = tokens.size() > 1 ? "-END-" : "-END2-";

  scores.assign(classes_.size(), 0.0);
  auto add = [&](std::string_view name, std::string_view a = {}, std::string_view b = {},
                 int parts = 0) {
    feature.assign(name);
    if (parts >= 1) {
      feature += ' ';
      feature.append(a);
    }
    if (parts >= 2) {
      feature += ' ';
      feature.append(b);
    }
    auto it = features_.find(std::string_view(feature));
    if (it == features_.end()) return;
    for (uint32_t i = it->second.begin; i < it->second.end; ++i)
      scores[weights_[i].first] += weights_[i].second;
  };
  // The first token: prev = -START-, prev2 = -START2-, context[i-1] = -START2-,
  // context[i-2] = -START-.
  add("bias");
  add("i suffix", last3(word), {}, 1);
  add("i pref1", first1(word), {}, 1);
  add("i-1 tag", "-START-", {}, 1);
  add("i-2 tag", "-START2-", {}, 1);
  add("i tag+i-2 tag", "-START-", "-START2-", 2);
  add("i word", w0, {}, 1);
  add("i-1 tag+i word", "-START-", w0, 2);
  add("i-1 word", "-START2-", {}, 1);
  add("i-1 suffix", last3("-START2-"), {}, 1);
  add("i-2 word", "-START-", {}, 1);
  add("i+1 word", w1, {}, 1);
  add("i+1 suffix", last3(w1), {}, 1);
  add("i+2 word", w2, {}, 1);

  size_t best = 0;
  for (size_t i = 1; i < classes_.size(); ++i) {
    if (scores[i] > scores[best] || (scores[i] == scores[best] && classes_[i] > classes_[best]))
      best = i;
  }
  return classes_[best];
}

const Result<std::shared_ptr<const PosTagger>>& english_pos_tagger() {
  static const Result<std::shared_ptr<const PosTagger>> tagger =
      []() -> Result<std::shared_ptr<const PosTagger>> {
    const std::string relative(kPosTaggerWeights);
    const std::string weights = find_nltk_resource(relative);
    if (weights.empty())
      return not_found("NLTK's averaged_perceptron_tagger_eng model is missing: " +
                       data_help(relative, true));
    return PosTagger::load(weights.substr(0, weights.rfind('/')));
  }();
  return tagger;
}

}  // namespace precis::text
