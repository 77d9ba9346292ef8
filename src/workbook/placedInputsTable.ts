import type { InputsTableReading } from "../model/inputsTable";
import type { RangeBox } from "./addresses";

/**
 * The inputs table as every plan gets it from its applier: where it sits and what it says. Excel's
 * reader (src/office/inputsTableReader.ts) and the preview's table (memoryTable.ts `placed`) make it.
 */
export interface PlacedInputsTable {
  /** The whole table, header row included. */
  readonly box: RangeBox;
  readonly reading: InputsTableReading;
  /** Its number formats, header row included, where the host keeps them (Excel; not the preview). */
  readonly numberFormats?: readonly (readonly unknown[])[];
}
