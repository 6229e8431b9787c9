import { type DragEvent, useId, useState } from "react";

/**
 * Where files are dropped or chosen: a drop area that lights up while files are dragged over it,
 * with a labelled button for the file picker (the keyboard's and screen readers' way in).
 */
export function FileDropZone({
  prompt,
  chooseLabel,
  hint,
  accept,
  multiple = false,
  disabled = false,
  onFiles,
}: {
  prompt: string;
  chooseLabel: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** The files in the order they were chosen or dropped. */
  onFiles(files: File[]): void;
}) {
  const inputId = useId();
  const [active, setActive] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={active ? "drop-zone active" : "drop-zone"}
      onDragOver={(e) => {
        if (Array.from(e.dataTransfer.types).includes("Files")) {
          e.preventDefault();
          setActive(true);
        }
      }}
      onDragLeave={() => setActive(false)}
      onDrop={onDrop}
    >
      <p>{prompt}</p>
      <label htmlFor={inputId} className="button">
        {chooseLabel}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Choosing the same file again must fire again.
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      <p className="field-hint">{hint}</p>
    </div>
  );
}
