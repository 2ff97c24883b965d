// finding: F3-teardown-in-diverging-arm
// seed: 1000210
// expect `drain` => item 2 item 18 t3 t3. t19 w20- t19. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 2 t19 w20- t19. close
// expect `take 0 mid 1 cancel` => item 2 t19 w20- t19. cancel
// expect `take 0 mid 2 close` => item 2 t19 w20- t19. close
// expect `take 0 mid 2 cancel` => item 2 t19 w20- t19. cancel
// expect `take 0 mid 3 close` => item 2 t19 w20- t19. close
// expect `take 0 mid 3 cancel` => item 2 t19 w20- t19. cancel
// expect `take 1 close` => item 2 t19 w20- t19. close
// expect `take 1 cancel` => item 2 t19 w20- t19. cancel
// expect `take 1 mid 1 close` => item 2 item 18 t3 t3. t19 w20- t19. close
// expect `take 1 mid 1 cancel` => item 2 item 18 t3 t3. t19 w20- t19. cancel
// expect `take 1 mid 2 close` => item 2 item 18 t3 t3. t19 w20- t19. close
// expect `take 1 mid 2 cancel` => item 2 item 18 t3 t3. t19 w20- t19. cancel
// expect `take 1 mid 3 close` => item 2 item 18 t3 t3. t19 w20- t19. close
// expect `take 1 mid 3 cancel` => item 2 item 18 t3 t3. t19 w20- t19. cancel
// expect `take 2 close` => item 2 item 18 t3 t3. t19 w20- t19. close
// expect `take 2 cancel` => item 2 item 18 t3 t3. t19 w20- t19. cancel
// expect `take 2 mid 1 close` => item 2 item 18 t3 t3. t19 gaveup w20- t19. close
// expect `take 2 mid 1 cancel` => item 2 item 18 t3 t3. t19 gaveup w20- t19. cancel
// expect `take 2 mid 2 close` => item 2 item 18 t3 t3. t19 w20- t19. end close
// expect `take 2 mid 2 cancel` => item 2 item 18 t3 t3. t19 w20- t19. end cancel
// expect `take 2 mid 3 close` => item 2 item 18 t3 t3. t19 w20- t19. end close
// expect `take 2 mid 3 cancel` => item 2 item 18 t3 t3. t19 w20- t19. end cancel
// expect `take 8 mid 1 close` => item 2 item 18 t3 t3. t19 w20- t19. end close
// expect `take 8 close` => item 2 item 18 t3 t3. t19 w20- t19. end close
// expect `take 8 mid 4 close` => item 2 item 18 t3 t3. t19 w20- t19. end close
// expect `take 7 cancel` => item 2 item 18 t3 t3. t19 w20- t19. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t19");
        W::new(&ctx, 20, 1).await;
        ctx.log("t19.");
    }
    'l1: {
        yield_!(2);
        teardown! {
            ctx.log("t3");
            ctx.log("t3.");
        }
        let m4: u32 = match ctx.pick(4, 2, 3) {
            0 => {
                teardown! {
                    ctx.log("t5");
                    ctx.log("t5.");
                }
                ctx.log("s6");
                yield_!(7);
                ctx.log("s8");
                break 'l1;
            }
            1 => {
                let b9: u32 = 'l9: {
                    yield_!(10);
                    teardown! {
                        ctx.log("t11");
                        ctx.log("t11.");
                    }
                    ctx.log("s12");
                    24
                };
                ctx.log(format!("b9={b9}"));
                W::new(&ctx, 13, 3).await;
                {
                    teardown! {
                        ctx.log("t15");
                        ctx.log("t15.");
                    }
                    ctx.log("s16");
                }
                12
            }
            _ => {
                {
                    yield_!(18);
                    break 'l1;
                }
                break 'l1;
            }
        };
        ctx.log(format!("m4={m4}"));
    }
}
