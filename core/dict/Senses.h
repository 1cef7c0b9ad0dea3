#pragma once

#include "core/dict/Dictionary.h"

// What the glosses of a CC-CEDICT entry say about it, for choosing the reading of a character
// that stands alone (Dictionary::characterReading).

namespace duizhao::senses {

/// Every gloss points elsewhere: "surname Du", "variant of 隻|只[zhi1]", "used in 便宜[pian2
/// yi5]", "see 大夫[dai4 fu5]", "abbr. for …".
bool isCrossReference(const DictionaryEntry &entry);
/// One neutral-tone syllable glossed as a grammatical particle or marker (了 le, 得 de, 著 zhe).
bool isParticle(const DictionaryEntry &entry);
/// A particle that ends a sentence (罷 ba "final particle", 哪 na).
bool isFinalParticle(const DictionaryEntry &entry);
/// A measure word first of all: its first gloss is "classifier for birds …" (隻 zhī) or
/// "(classifier used before a noun …)" (個 gè), not a later one (和 huò "to mix; … classifier
/// for rinses", which after a numeral is 和 hé "and").
bool isClassifier(const DictionaryEntry &entry);
/// A sense is a function word, the kind of word a lone character usually is in running text: an
/// adverb of scope, time or degree ("all", "still", "only", "already", "more"), a modal ("will",
/// "must", "should"), a conjunction, preposition or pronoun ("and", "because of", "which").
/// Senses marked literary, archaic, classical or dialect do not count.
bool hasFunctionSense(const DictionaryEntry &entry);

} // namespace duizhao::senses
