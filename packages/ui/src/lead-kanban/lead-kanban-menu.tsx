import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { type LeadKanbanMoveMenuProps, MoveLabel } from './lead-kanban-overlays.lazy';

/**
 * The "Move to…" menu itself (Radix DropdownMenu, non-modal so the host page keeps scrolling):
 * a trigger, and in a themed portal (`data-slot="lead-kanban-move-menu"`) one item per stage
 * (`data-slot="lead-kanban-move-item"`, `data-stage-key`), the lead's current stage disabled.
 * Choosing one calls `actions.move(lead, stage, { source: 'menu' })`. Loaded on demand by the
 * `LeadKanbanMoveMenu` every card renders; `defaultOpen` opens it on arrival.
 */
export function LeadKanbanMoveMenu({
  lead,
  stages,
  actions,
  defaultOpen,
}: LeadKanbanMoveMenuProps & { defaultOpen?: boolean }) {
  const trigger = useSlotProps('lead-kanban-move-trigger', 'ek:btn-ghost', {});
  const content = useSlotProps('lead-kanban-move-menu', 'ek:menu', {});
  return (
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen ?? false}>
      <DropdownMenu.Trigger {...trigger}>
        <MoveLabel name={lead.fullName} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <EstateKitRoot className="ek-portal">
          <DropdownMenu.Content {...content} align="end" sideOffset={4} collisionPadding={8}>
            <DropdownMenu.Label className="ek:menu-label">
              Move {lead.fullName} to
            </DropdownMenu.Label>
            {stages.map((stage) => {
              const current = stage.key === lead.stageKey;
              return (
                <DropdownMenu.Item
                  key={stage.key}
                  data-slot="lead-kanban-move-item"
                  data-stage-key={stage.key}
                  data-stage-kind={stage.kind}
                  className="ek:menu-item"
                  disabled={current}
                  onSelect={() => actions.move(lead.id, stage.key, { source: 'menu' })}
                >
                  {stage.name}
                  {current && <span className="ek:text-muted-foreground"> (current stage)</span>}
                </DropdownMenu.Item>
              );
            })}
          </DropdownMenu.Content>
        </EstateKitRoot>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
