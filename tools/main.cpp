#include <cstdio>
int main() {
  std::puts("precis");
  return 0;
}
