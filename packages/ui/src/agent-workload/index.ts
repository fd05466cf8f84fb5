export { AgentWorkload, type AgentWorkloadProps } from './agent-workload';
export {
  type AgentAvailability,
  type AgentWorkloadOrder,
  agentAvailability,
  agentAvailabilityLabels,
  orderAgents,
  relativeLoad,
} from './agent-workload.utils';
