// A process-wide pool of worker threads for batch scoring.
//
// One pool serves every caller, so several threads calling score_batch at once share the same
// workers instead of multiplying them (no oversubscription). The calling thread always works on
// its own job too, so a job finishes even when every worker is busy elsewhere.
#pragma once

#include <cstddef>
#include <functional>

namespace precis::engine {

/// Runs fn(begin, end) over [0, n) in chunks of `grain`, on at most `max_threads` threads
/// (0 = all hardware threads), including the caller. Returns when every chunk is done.
void parallel_for(size_t n, size_t grain, unsigned max_threads,
                  const std::function<void(size_t, size_t)>& fn);

/// Number of hardware threads the pool uses at most.
unsigned hardware_threads() noexcept;

}  // namespace precis::engine
