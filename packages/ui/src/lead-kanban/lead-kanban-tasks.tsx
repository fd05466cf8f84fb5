import type { TaskDto } from '@estatekit/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { dueState, dueStateLabels } from './lead-kanban-card.utils';
import { useLeadKanban } from './lead-kanban-context';
import { labelOf, taskStatusLabels, taskTypeLabels } from './lead-labels.utils';

/**
 * A lead's tasks (`data-slot="lead-kanban-tasks"`; each `data-slot="lead-kanban-task"` with
 * `data-status` and `data-due`): title, kind, due time and state, and "Complete" for open ones
 * (`tasks.complete`; the board refetches, as the lead's next task changes).
 */
export function LeadKanbanTasks({ tasks }: { tasks: readonly TaskDto[] }) {
  const { formatters, now } = useLeadKanban();
  const { trpc } = useEstateKit();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const slot = useSlotProps('lead-kanban-tasks', 'ek:flex ek:flex-col ek:gap-2', {});
  const complete = useMutation(
    trpc.tasks.complete.mutationOptions({
      onMutate: () => setFailure(null),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() }),
      onError: (error) =>
        setFailure(describeApiError(error, 'The task could not be completed.').message),
    }),
  );
  return (
    <section aria-labelledby={headingId} {...slot}>
      <h3 id={headingId} className="ek:weight-600">
        Tasks
      </h3>
      {tasks.length === 0 && <p className="ek:text-muted-foreground">No tasks.</p>}
      <ul className="ek:flex ek:flex-col ek:gap-2">
        {tasks.map((task) => {
          const due = dueState(task, now);
          const open = task.status === 'open' || task.status === 'overdue';
          return (
            <li
              key={task.id}
              data-slot="lead-kanban-task"
              data-status={task.status}
              data-due={due ?? undefined}
              className="ek:kanban-task"
            >
              <span className="ek:flex ek:flex-col">
                <span className="ek:weight-600">{task.title}</span>
                <span className="ek:text-muted-foreground">
                  {labelOf(taskTypeLabels, task.type)} ·{' '}
                  {due
                    ? `${dueStateLabels[due]} `
                    : `${labelOf(taskStatusLabels, task.status)} · due `}
                  <time dateTime={task.dueAt}>{formatters.due(task.dueAt, due)}</time>
                </span>
              </span>
              {open && (
                <button
                  type="button"
                  className="ek:btn"
                  disabled={complete.isPending && complete.variables?.taskId === task.id}
                  onClick={() => complete.mutate({ taskId: task.id })}
                >
                  Complete<span className="ek:sr-only"> {task.title}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {failure && (
        <p role="alert" className="ek:form-error">
          {failure}
        </p>
      )}
    </section>
  );
}
