// Registers @testing-library/jest-dom's matchers with jest's expect; importing it here also brings in
// their types for every test file that tsc checks.
import "@testing-library/jest-dom";
