// Registers @testing-library/jest-dom's matchers with jest's expect; importing it here also brings in
// their types for every test file that tsc checks.
import "@testing-library/jest-dom";
import { configure } from "@testing-library/dom";

// findBy…/waitFor give up after 1 s by default. The pane's dialogs and Risk tab load lazily, and
// on a busy 2-core CI machine the first load of Fluent's Dialog modules has taken longer than that.
configure({ asyncUtilTimeout: 5000 });
