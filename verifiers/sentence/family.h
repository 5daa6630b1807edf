#pragma once

#include "precis/registry.h"

// Family "sentence" (IFBench per-sentence patterns). One factory function per verifier, sorted by
// id; each is defined in its own file.
namespace precis::verifiers::sentence {}  // namespace precis::verifiers::sentence
