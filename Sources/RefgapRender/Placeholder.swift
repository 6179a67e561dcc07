// RefgapRender
