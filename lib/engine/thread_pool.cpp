#include "engine/thread_pool.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace precis::engine {
namespace {

struct Job {
  size_t n = 0;
  size_t grain = 1;
  const std::function<void(size_t, size_t)>* fn = nullptr;
  std::atomic<size_t> next{0};
  std::atomic<unsigned> helpers_left{0};  // worker slots still open
  std::mutex mu;
  std::condition_variable cv;
  size_t done = 0;  // chunks finished, under mu

  size_t chunks() const { return (n + grain - 1) / grain; }

  // Claims and runs chunks until none is left.
  void work() {
    for (;;) {
      size_t c = next.fetch_add(1);
      if (c >= chunks()) return;
      size_t b = c * grain;
      (*fn)(b, std::min(n, b + grain));
      std::lock_guard<std::mutex> lock(mu);
      if (++done == chunks()) cv.notify_all();
    }
  }
};

class Pool {
 public:
  Pool() {
    unsigned n = hardware_threads();
    for (unsigned i = 1; i < n; ++i)
      workers_.emplace_back([this] { loop(); });
  }
  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_)
      t.join();
  }

  void run(const std::shared_ptr<Job>& job, unsigned helpers) {
    if (helpers > 0 && !workers_.empty()) {
      job->helpers_left = helpers;
      {
        std::lock_guard<std::mutex> lock(mu_);
        queue_.push_back(job);
      }
      if (helpers == 1)
        cv_.notify_one();
      else
        cv_.notify_all();
    }
    job->work();
    std::unique_lock<std::mutex> lock(job->mu);
    job->cv.wait(lock, [&] { return job->done == job->chunks(); });
    lock.unlock();
    std::lock_guard<std::mutex> qlock(mu_);
    queue_.erase(std::remove(queue_.begin(), queue_.end(), job), queue_.end());
  }

 private:
  void loop() {
    for (;;) {
      std::shared_ptr<Job> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        job = queue_.front();
        // Take a helper slot; the last one removes the job from the queue.
        if (--job->helpers_left == 0 || job->next.load() >= job->chunks()) queue_.pop_front();
      }
      job->work();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::shared_ptr<Job>> queue_;
  std::vector<std::thread> workers_;
  bool stop_ = false;
};

Pool& pool() {
  static Pool p;
  return p;
}

}  // namespace

unsigned hardware_threads() noexcept {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void parallel_for(size_t n, size_t grain, unsigned max_threads,
                  const std::function<void(size_t, size_t)>& fn) {
  if (n == 0) return;
  grain = std::max<size_t>(1, grain);
  unsigned threads =
      max_threads == 0 ? hardware_threads() : std::min(max_threads, hardware_threads());
  size_t chunks = (n + grain - 1) / grain;
  if (threads <= 1 || chunks <= 1) {
    fn(0, n);
    return;
  }
  auto job = std::make_shared<Job>();
  job->n = n;
  job->grain = grain;
  job->fn = &fn;
  unsigned helpers = static_cast<unsigned>(std::min<size_t>(threads - 1, chunks - 1));
  pool().run(job, helpers);
}

}  // namespace precis::engine
