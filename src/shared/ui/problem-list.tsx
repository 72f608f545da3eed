/**
 * Why a file or a link cannot be opened: a warning with the problems, each
 * as the checks word it (field and reason), for the user to fix or report.
 */
export function ProblemList({
  title,
  problems,
}: {
  title: string;
  problems: readonly string[];
}) {
  return (
    <div role="alert" className="notice notice--warning">
      <p>{title}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
