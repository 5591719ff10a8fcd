// Placeholder; the first real test file replaces it.
import Testing
