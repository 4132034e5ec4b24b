// The session form shows the lecture fields (topic, lessons) or the drill field (scenario), whichever kind is
// chosen, so the phone screen stays short. Without this script every field shows and the rules still apply.
document.addEventListener('DOMContentLoaded', () => {
  const kinds = document.querySelectorAll('input[name="kind"]');
  const topic = document.getElementById('id_topic');
  const scenario = document.getElementById('id_scenario');
  if (!kinds.length || !topic || !scenario) return;
  const lecturePanel = topic.closest('section') || topic.closest('.w-panel');
  const drillPanel = scenario.closest('section') || scenario.closest('.w-panel');
  const update = () => {
    const chosen = document.querySelector('input[name="kind"]:checked');
    const kind = chosen ? chosen.value : '';
    if (lecturePanel) lecturePanel.hidden = kind === 'drill';
    if (drillPanel) drillPanel.hidden = kind === 'lecture';
  };
  kinds.forEach((input) => input.addEventListener('change', update));
  update();
});
