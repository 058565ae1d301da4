# kronika: thin wrapper around CMake + Ninja (as DuckDB does).
#   make demo   install deps, build, ingest samples/ into kronika.db, print events
#   make test   install deps, build, run every test through ctest
#   make bench  annotate throughput benchmark (bench/README.md)
BUILD ?= build
JOBS ?= $(shell nproc)
DB ?= kronika.db
KRONIKA = $(BUILD)/kronika

.PHONY: all deps build demo test sanitize bench clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(KRONIKA) ingest --db $(DB) samples/
	$(KRONIKA) articles --db $(DB)
	$(KRONIKA) events --db $(DB)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

sanitize: deps
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKRONIKA_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/kronika_bench

clean:
	rm -rf $(BUILD) build-asan
