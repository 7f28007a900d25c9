/**
 * House style: ids say what the element is and carry its type, e.g. Task_ReviewSkp,
 * Gateway_SkpApproved, Timer_ObjectionWindow, EndEvent_AppraisalFinal; never a modeler default
 * such as Activity_0x9k2 or Gateway_1abcdef.
 */
const PREFIXES = {
  'bpmn:StartEvent': ['StartEvent'],
  'bpmn:EndEvent': ['EndEvent'],
  'bpmn:IntermediateCatchEvent': ['Timer', 'Event', 'Message', 'Signal', 'Catch'],
  'bpmn:IntermediateThrowEvent': ['Event', 'Message', 'Signal', 'Escalation', 'Throw'],
  'bpmn:BoundaryEvent': ['Timer', 'Boundary', 'Error', 'Message', 'Escalation', 'Signal', 'Event'],
  'bpmn:UserTask': ['Task'],
  'bpmn:ServiceTask': ['Task'],
  'bpmn:BusinessRuleTask': ['Task', 'Rule'],
  'bpmn:ScriptTask': ['Task'],
  'bpmn:SendTask': ['Task'],
  'bpmn:ReceiveTask': ['Task'],
  'bpmn:ManualTask': ['Task'],
  'bpmn:Task': ['Task'],
  'bpmn:ExclusiveGateway': ['Gateway'],
  'bpmn:ParallelGateway': ['Gateway'],
  'bpmn:InclusiveGateway': ['Gateway'],
  'bpmn:EventBasedGateway': ['Gateway'],
  'bpmn:SubProcess': ['SubProcess'],
  'bpmn:CallActivity': ['CallActivity'],
  'bpmn:SequenceFlow': ['Flow'],
  'bpmn:Lane': ['Lane'],
  'bpmn:Participant': ['Participant'],
  'bpmn:TextAnnotation': ['TextAnnotation'],
  'bpmn:Association': ['Association'],
  'bpmn:DataObjectReference': ['DataObject'],
  'bpmn:DataObject': ['DataObject']
};

const DEFAULT_LOOKING = /_[0-9][0-9a-z]{6}$|_[0-9a-z]{7}$/;

module.exports = function() {
  function check(node, reporter) {
    const prefixes = PREFIXES[node.$type];
    if (!prefixes || !node.id) {
      return;
    }
    const [prefix, rest] = node.id.split(/_(.*)/s);
    if (!prefixes.includes(prefix) || !rest || !/^[A-Z][A-Za-z0-9]*$/.test(rest)) {
      reporter.report(node.id, `id must look like ${prefixes[0]}_SomethingMeaningful (house style)`);
    } else if (DEFAULT_LOOKING.test(node.id) && /[0-9]/.test(rest)) {
      reporter.report(node.id, 'id looks like a modeler default: give it a meaningful name');
    }
  }
  return { check };
};
