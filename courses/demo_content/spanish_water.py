"""Demo course (Spanish only): municipal water services, from the Guadalajara office."""

COURSE = {
    "key": "water-services-es",
    "languages": ["es"],
    "slug": {"es": "gestion-servicios-municipales-agua"},
    "title": {"es": "Gestión de los servicios municipales de agua"},
    "summary": {
        "es": (
            "Curso para funcionarios municipales y de organismos operadores que buscan mejorar la "
            "prestación de los servicios de agua potable y saneamiento. Aborda el diagnóstico del "
            "sistema, la reducción del agua no facturada, el diseño de tarifas justas y suficientes, "
            "y la participación comunitaria con transparencia."
        ),
    },
    "objectives": {
        "es": [
            "Elaborar un diagnóstico técnico, comercial y financiero del sistema municipal de agua con indicadores básicos.",
            "Distinguir entre pérdidas físicas y comerciales y priorizar acciones para reducir el agua no facturada.",
            "Analizar una estructura tarifaria y diseñar apoyos sociales focalizados sin comprometer la sostenibilidad financiera del servicio.",
            "Impulsar mecanismos de participación comunitaria y transparencia que fortalezcan la confianza en el organismo operador.",
        ],
    },
    "level": "intermediate",
    "format": "self_paced",
    "hours": "4",
    "topics": ["infrastructure", "finance", "participation"],
    "authors": {
        "es": "Ing. Mariana Ochoa Villaseñor, especialista en organismos operadores de agua, Guadalajara"
    },
    "lessons": [
        {
            "key": "wa-1",
            "slug": {"es": "diagnostico-del-sistema-de-agua"},
            "title": {"es": "Diagnóstico del sistema de agua"},
            "section": {"es": "Módulo 1: Diagnóstico"},
            "body": {
                "es": [
                    ("heading", "No se puede mejorar lo que no se conoce"),
                    (
                        "paragraph",
                        "<p>En México, el artículo 115 constitucional asigna a los municipios los servicios de agua potable, drenaje, alcantarillado, tratamiento y disposición de aguas residuales. Muchos los prestan mediante un organismo operador; otros, directamente desde una dirección del ayuntamiento. En cualquier caso, toda estrategia seria parte de un diagnóstico honesto que combine tres miradas: la técnica, la comercial y la financiera.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Un diagnóstico básico debería responder, al menos, estas preguntas:</p><ul><li><b>Fuentes y producción:</b> ¿de dónde viene el agua, cuánta se extrae y con qué medición?</li><li><b>Red y continuidad:</b> ¿qué antigüedad y estado tiene la red? ¿Qué colonias reciben agua por tandeo y cuántas horas al día?</li><li><b>Usuarios:</b> ¿el padrón está actualizado? ¿Qué proporción de tomas tiene un medidor que funcione?</li><li><b>Finanzas:</b> ¿los ingresos cubren operación, mantenimiento y energía eléctrica? ¿Cuánto se factura y cuánto se cobra realmente?</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Con esa información se calculan indicadores sencillos —cobertura, continuidad, eficiencia física y eficiencia comercial— que permiten comparar el sistema consigo mismo año con año. Lo importante no es tener cifras perfectas desde el inicio, sino documentar de dónde sale cada dato y qué tan confiable es.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Empiece por el padrón de usuarios",
                            "text": "<p>Cruzar el padrón con el catastro municipal y con recorridos de campo suele revelar tomas no registradas, usos mal clasificados y medidores inservibles. Es una acción de bajo costo que mejora el diagnóstico y la recaudación al mismo tiempo.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "wa-1-q1",
                    "prompt": {
                        "es": "Un organismo operador no tiene macromedidores en sus pozos. ¿Qué consecuencia tiene esto para el diagnóstico?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "es": "No puede conocer con certeza el volumen producido ni, por lo tanto, calcular con precisión sus pérdidas."
                            },
                            "feedback": {
                                "es": "Correcto. Sin medir lo que entra al sistema, cualquier balance de agua se basa en estimaciones; por eso la macromedición suele ser una prioridad."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "es": "Ninguna, porque basta con los volúmenes facturados a los usuarios."
                            },
                            "feedback": {
                                "es": "No. La facturación indica lo que se cobra, no lo que se produce; sin ambos datos no se puede estimar el agua no facturada."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {"es": "Solo afecta el cálculo de la tarifa doméstica."},
                            "feedback": {
                                "es": "No. La falta de macromedición afecta todo el balance de agua, la planificación de inversiones y el control del gasto en energía, no solo las tarifas."
                            },
                        },
                    ],
                },
            ],
        },
        {
            "key": "wa-2",
            "slug": {"es": "agua-no-facturada-y-fugas"},
            "title": {"es": "Agua no facturada y reducción de fugas"},
            "section": {"es": "Módulo 2: Eficiencia"},
            "body": {
                "es": [
                    ("heading", "Cada litro perdido se paga dos veces"),
                    (
                        "paragraph",
                        "<p>El <b>agua no facturada</b> es la diferencia entre el volumen que entra a la red y el que se factura. Se paga dos veces: cuesta energía y potabilización producirla y no genera ingresos. El balance de agua propuesto por la Asociación Internacional del Agua (IWA) distingue tres componentes:</p><ul><li><b>pérdidas reales o físicas:</b> fugas en tuberías, tomas domiciliarias y tanques;</li><li><b>pérdidas aparentes o comerciales:</b> submedición, tomas clandestinas y errores en el padrón o la facturación;</li><li><b>consumo autorizado no facturado:</b> por ejemplo, edificios públicos o hidrantes que no se cobran.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Las acciones más eficaces suelen combinarse:</p><ul><li><b>sectorizar la red</b> en distritos hidrométricos con entrada medida, para ubicar dónde se pierde más;</li><li><b>gestionar la presión</b>, ya que a mayor presión, más caudal fugado y más roturas;</li><li><b>detectar fugas no visibles</b> con equipo acústico y reparar pronto las visibles;</li><li><b>renovar y calibrar medidores</b> y regularizar las tomas clandestinas.</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Reducir pérdidas no es solo comprar equipo",
                            "text": "<p>Sin cuadrillas capacitadas, tiempos de reparación medidos y un sistema para registrar los reportes, la inversión en equipo se desaprovecha. Fije metas anuales de reducción por sector y dé seguimiento público a su avance.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "wa-2-q1",
                    "prompt": {
                        "es": "¿Cuáles de las siguientes son pérdidas aparentes (comerciales)? Seleccione todas las respuestas correctas."
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "es": "Medidores domiciliarios que registran menos volumen del que realmente pasa."
                            },
                            "feedback": {
                                "es": "Correcto. La submedición es una pérdida aparente: el agua llega al usuario, pero no se factura completa."
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {"es": "Tomas clandestinas conectadas a la red."},
                            "feedback": {
                                "es": "Correcto. El agua se consume, pero no está registrada en el padrón ni se factura."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {"es": "Una fuga en una línea de conducción."},
                            "feedback": {
                                "es": "No. Es una pérdida real o física: el agua escapa de la red y no llega a ningún usuario."
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "es": "Un tanque de regulación que se desborda por las noches."
                            },
                            "feedback": {
                                "es": "No. Los derrames en tanques son pérdidas reales; se atienden con control de niveles y mejor operación, no con medidores domiciliarios."
                            },
                        },
                    ],
                },
                {
                    "key": "wa-2-q2",
                    "prompt": {
                        "es": "¿Por qué la gestión de presión ayuda a reducir las pérdidas?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "es": "Porque con menor presión las fugas existentes pierden menos agua y se producen menos roturas."
                            },
                            "feedback": {
                                "es": "Correcto. El caudal de una fuga depende de la presión; bajarla donde sobra, manteniendo el servicio, reduce pérdidas y esfuerzos sobre la tubería."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {"es": "Porque elimina la necesidad de reparar fugas."},
                            "feedback": {
                                "es": "No. Reduce el caudal de las fugas, pero no las elimina; la detección y la reparación siguen siendo necesarias."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {"es": "Porque aumenta el volumen facturado a los usuarios."},
                            "feedback": {
                                "es": "No. Su efecto principal es sobre las pérdidas físicas, no sobre la facturación. Además, siempre debe garantizarse una presión mínima de servicio."
                            },
                        },
                    ],
                },
            ],
        },
        {
            "key": "wa-3",
            "slug": {"es": "tarifas-y-tarifas-sociales"},
            "title": {"es": "Tarifas y tarifas sociales"},
            "section": {"es": "Módulo 3: Finanzas"},
            "body": {
                "es": [
                    ("heading", "Una tarifa justa también debe ser suficiente"),
                    (
                        "paragraph",
                        "<p>La tarifa debe cubrir, como mínimo, los costos de operación y mantenimiento, e idealmente una parte de la reposición de la infraestructura. Cuando no alcanza, el servicio se deteriora, crecen las fugas y, paradójicamente, las familias de menores ingresos terminan pagando más por agua de pipa o de garrafón. Según la legislación de cada estado, las tarifas las aprueba el congreso local, el ayuntamiento o la junta de gobierno del organismo operador.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Elementos frecuentes de una buena estructura tarifaria:</p><ul><li><b>servicio medido en lugar de cuota fija</b>, para que cada usuario pague según su consumo;</li><li><b>bloques crecientes</b>, con un primer bloque de consumo básico a precio bajo;</li><li><b>diferenciación por tipo de uso</b>: doméstico, comercial e industrial;</li><li><b>actualización periódica</b> conforme a los costos, para evitar aumentos bruscos.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>La <b>tarifa social</b> da concreción al derecho humano al agua reconocido en el artículo 4.º constitucional. Funciona mejor cuando está focalizada: se otorga con criterios claros (por ejemplo, personas adultas mayores, personas con discapacidad u hogares en situación de vulnerabilidad), se revisa periódicamente y su costo se conoce y se financia de forma explícita.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Subsidios visibles",
                            "text": "<p>Publique cuánto cuesta cada año la tarifa social y cuántos hogares la reciben. Un subsidio medido y transparente es más fácil de defender ante el cabildo y la ciudadanía que un descuento generalizado.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "wa-3-q1",
                    "prompt": {
                        "es": "El ayuntamiento propone congelar la tarifa de todos los usuarios durante tres años como medida de apoyo social. ¿Cuál es el principal riesgo?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "es": "Que los ingresos dejen de cubrir los costos y el servicio se deteriore, afectando sobre todo a quienes tienen menos recursos."
                            },
                            "feedback": {
                                "es": "Correcto. Un congelamiento prolongado erosiona las finanzas del organismo; el deterioro del servicio golpea más a los hogares que no pueden pagar alternativas como las pipas."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "es": "Ninguno, porque congelar la tarifa siempre beneficia más a los hogares de menores ingresos."
                            },
                            "feedback": {
                                "es": "No. Un congelamiento general beneficia más a quien más consume, que no suele ser el hogar más pobre, y además debilita las finanzas del servicio."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "es": "Que la CONAGUA sancione al municipio por no actualizar la tarifa."
                            },
                            "feedback": {
                                "es": "No. Fijar las tarifas de los servicios municipales no es atribución de la CONAGUA; el riesgo principal es financiero y de calidad del servicio."
                            },
                        },
                    ],
                },
                {
                    "key": "wa-3-q2",
                    "prompt": {
                        "es": "¿Qué características hacen más eficaz una tarifa social? Seleccione todas las respuestas correctas."
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "es": "Criterios de elegibilidad claros y revisión periódica de quienes la reciben."
                            },
                            "feedback": {
                                "es": "Correcto. Así el apoyo llega a quien lo necesita y se evita que se mantenga cuando ya no se cumplen las condiciones."
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "es": "Un costo conocido y financiado de forma explícita en el presupuesto o en la estructura tarifaria."
                            },
                            "feedback": {
                                "es": "Correcto. Si el costo está identificado, el subsidio no pone en riesgo la operación y puede discutirse con transparencia."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "es": "El mismo descuento para todos los usuarios domésticos, sin importar su consumo ni su situación."
                            },
                            "feedback": {
                                "es": "No. Un descuento general no está focalizado: cuesta más y beneficia también a hogares que no lo necesitan."
                            },
                        },
                    ],
                },
            ],
        },
        {
            "key": "wa-4",
            "slug": {"es": "participacion-y-transparencia"},
            "title": {"es": "Participación comunitaria y transparencia"},
            "section": {"es": "Módulo 4: Gobernanza"},
            "body": {
                "es": [
                    ("heading", "La confianza también se construye con información"),
                    (
                        "paragraph",
                        "<p>Las personas usuarias están más dispuestas a pagar y a reportar fugas cuando entienden cómo se usa su dinero y ven resultados. La participación no sustituye la responsabilidad técnica del organismo operador, pero mejora la calidad de las decisiones y reduce conflictos, sobre todo al discutir tarifas, cortes programados o nuevas obras.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mecanismos que funcionan en municipios de distintos tamaños:</p><ul><li><b>consejos consultivos</b> con representantes de colonias, comercios, academia y sociedad civil;</li><li><b>comités comunitarios de agua</b> en localidades rurales, con capacitación y acompañamiento técnico;</li><li><b>contraloría social</b> en obras financiadas con recursos públicos;</li><li><b>canales de reporte</b> de fugas y quejas con número de folio y seguimiento.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Además de cumplir las obligaciones de la legislación de transparencia, publique información útil y comprensible: indicadores de continuidad y calidad del agua, avance en la reducción de pérdidas, estados financieros, número de hogares con tarifa social y calendario de obras. Use formatos abiertos para que universidades y organizaciones civiles puedan analizarla, y cuide siempre la protección de datos personales.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Cierre el ciclo",
                            "text": "<p>Cada reporte ciudadano debe recibir respuesta: cuándo se atendió y qué se hizo. Publicar cada mes el tiempo promedio de reparación de fugas es una forma sencilla de mostrar compromiso.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "wa-4-q1",
                    "prompt": {
                        "es": "Vecinos de varias colonias se oponen al aumento de tarifa propuesto. ¿Qué acción es más adecuada para el organismo operador?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "es": "Explicar con claridad los costos del servicio, las inversiones previstas y los apoyos disponibles, y escuchar propuestas en el consejo consultivo."
                            },
                            "feedback": {
                                "es": "Correcto. La información clara y un espacio formal de diálogo permiten corregir la propuesta si hace falta y aumentan su legitimidad."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "es": "Aplicar el aumento sin más explicaciones, porque es una decisión técnica."
                            },
                            "feedback": {
                                "es": "No. Aunque tenga sustento técnico, imponer el aumento sin explicarlo suele elevar la morosidad y el conflicto social."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "es": "Retirar la propuesta y no volver a tratar el tema de tarifas."
                            },
                            "feedback": {
                                "es": "No. Evitar el tema no resuelve el déficit; el servicio seguirá deteriorándose y el ajuste posterior será mayor."
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
