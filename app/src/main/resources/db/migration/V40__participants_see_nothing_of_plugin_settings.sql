-- A step's settings are the administrators' (V39): nothing of them for a participant (see V38).
SELECT participants_see_nothing_of('plugin_setting');
