// Every verifier family, registered explicitly (no self-registering statics).
#include "precis/registry.h"

namespace precis::verifiers {
void register_change_case(Registry& r);
void register_combination(Registry& r);
void register_copy(Registry& r);
void register_count(Registry& r);
void register_custom(Registry& r);
void register_detectable_content(Registry& r);
void register_detectable_format(Registry& r);
void register_first_word(Registry& r);
void register_format(Registry& r);
void register_keywords(Registry& r);
void register_language(Registry& r);
void register_last_word(Registry& r);
void register_length_constraints(Registry& r);
void register_letters(Registry& r);
void register_new(Registry& r);
void register_paragraphs(Registry& r);
void register_punctuation(Registry& r);
void register_ratio(Registry& r);
void register_repeat(Registry& r);
void register_sentence(Registry& r);
void register_startend(Registry& r);
void register_words(Registry& r);
}  // namespace precis::verifiers

namespace precis {

const Registry& Registry::global() {
  static const Registry registry = [] {
    Registry r;
    verifiers::register_change_case(r);
    verifiers::register_combination(r);
    verifiers::register_copy(r);
    verifiers::register_count(r);
    verifiers::register_custom(r);
    verifiers::register_detectable_content(r);
    verifiers::register_detectable_format(r);
    verifiers::register_first_word(r);
    verifiers::register_format(r);
    verifiers::register_keywords(r);
    verifiers::register_language(r);
    verifiers::register_last_word(r);
    verifiers::register_length_constraints(r);
    verifiers::register_letters(r);
    verifiers::register_new(r);
    verifiers::register_paragraphs(r);
    verifiers::register_punctuation(r);
    verifiers::register_ratio(r);
    verifiers::register_repeat(r);
    verifiers::register_sentence(r);
    verifiers::register_startend(r);
    verifiers::register_words(r);
    return r;
  }();
  return registry;
}

}  // namespace precis
